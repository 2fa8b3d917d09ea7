#!/usr/bin/env python3
"""How VTE shows drempel's Hebrew lines, measured rather than looked at.

    script -qfc "stty cols 80; drempel --lang he progress" out.raw
    benches/rtl-compare.py out.raw /tmp/compare.png [MAX_LINES]

For every line whose first letter is Hebrew, VTE (xfce4-terminal under Xvfb, through
benches/rtl-screenshot.sh, in the by-first-letter layout drempel asks for) draws two
rows: drempel's line without its colour codes, and the same line without any direction
controls. The second is what the Unicode bidi algorithm makes of the plain sentence; the
two rows are compared pixel by pixel, and the cells that differ are printed. A difference
is either on purpose (an isolated command or quotation that plain text gets wrong) or a
VTE quirk to look at (a bracket drawn unmirrored). Needs python3 with Pillow.
"""
# cmp.py RAWFILE OUTPNG -> builds pairs (ours, plain) for each Hebrew line whose first strong char is Hebrew
import re,sys,subprocess
raw=open(sys.argv[1],'rb').read().decode('utf-8','replace')
raw=raw.split('\n',1)[1] if raw.startswith('Script started') else raw
lines=[l.rstrip('\r') for l in raw.split('\n')]
def plain(l):
    l=re.sub('[\u2066-\u2069\u200e\u200f]','',l); return re.sub('\x1b\\[[0-9;?]*[A-Za-z]','',l)
def first_strong(l):
    for c in plain(l):
        if '\u0590'<=c<='\u05ff': return 'R'
        if c.isalpha(): return 'L'
    return None
pairs=[l for l in lines if first_strong(l)=='R' and len(plain(l))<=79]
pairs=pairs[:int(sys.argv[3]) if len(sys.argv)>3 else 40]
out='\x1b[?2501h'
for l in pairs: out+=re.sub('\x1b\\[[0-9;?]*[A-Za-z]','',l)+'\r\n'+plain(l)+'\r\n'
out+='\x1b[?2501l'
open('/tmp/cmp-in.txt','w').write(out)
n=len(pairs)
subprocess.run([__import__('os').path.join(__import__('os').path.dirname(__file__),'rtl-screenshot.sh'),sys.argv[2],'cat','/tmp/cmp-in.txt'],env={'COLUMNS_ROWS':f'80x{2*n+1}','WAIT':'3','PATH':'/usr/bin:/bin'},stdout=subprocess.DEVNULL)
from PIL import Image, ImageChops
im=Image.open(sys.argv[2]).convert('L'); W=im.size[0]
# find row height: 22, top offset 2
bad=0
for i,l in enumerate(pairs):
    y=2+44*i
    a=im.crop((0,y,W,y+22)); b=im.crop((0,y+22,W,y+44))
    d=ImageChops.difference(a,b)
    cols=sorted({x//10 for x in range(W) for yy in range(22) if d.getpixel((x,yy))>60})
    if cols:
        bad+=1; print('DIFF cells',cols[:12],'|',repr(plain(l))[:90])
print(f'{len(pairs)} lines compared, {bad} differ')
