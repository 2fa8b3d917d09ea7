# קטלוג ההודעות של drempel (עברית). המפתחות קבועים; הניסוח יכול להשתנות.
# פנייה נייטרלית מגדרית: הוראות בשם הפועל ("כדאי לבדוק", "יש להריץ"), המסע בגוף ראשון
# רבים ("נתחיל"). מילות השיטה באות מ-glossary.ftl.

## תוויות

label-error = שגיאה:
label-warning = אזהרה:

## שגיאות: מה לא תקין, איפה, ומה לעשות

error-unknown-item = "{ $item }" לא נמצא בצ׳ק-ליסט של { $platform }. הפריטים האפשריים: { $valid }.
error-no-home = לא נמצאה במחשב הזה תיקיית נתונים בשביל drempel. אפשר לציין אחת עם --home DIR או להגדיר DREMPEL_HOME.
error-io = לא ניתן { $action ->
        [read] לקרוא את
        [write] לכתוב אל
        [create] ליצור את
        [open] לפתוח את
        [lock] לנעול את
       *[other] לגשת אל
    } { $path }: { $reason }. כדאי לבדוק שהתיקייה קיימת ושיש הרשאת כתיבה אליה, או לבחור תיקייה אחרת עם --home DIR.
io-not-found = הנתיב לא קיים
io-permission-denied = אין הרשאה לכך
io-already-exists = הנתיב כבר קיים
io-disk-full = הדיסק מלא
io-is-a-directory = זו תיקייה ולא קובץ
io-not-a-directory = חלק מהנתיב הוא קובץ ולא תיקייה
io-read-only = הדיסק מאפשר קריאה בלבד
io-not-text = זה לא טקסט UTF-8
error-journal-corrupt = היומן { $path } פגום בשורה { $line } ({ $reason }). שום דבר לא שונה. כדאי לשמור את הקובץ כמו שהוא ולבקש מהמנחה או מהקואץ׳ להסתכל על השורה הזאת; `drempel doctor` מראה פרטים נוספים.
error-journal-locked = drempel אחר עובד עכשיו עם היומן הזה ({ $path }). יש לסיים או לסגור את החלון השני, ואז לנסות שוב.
error-lessons = { $count ->
        [one] בשיעורים יש בעיה
        [two] בשיעורים יש שתי בעיות
       *[other] בשיעורים יש { $count } בעיות
    }:
    { $problems }
error-needs-terminal = `{ $command }` שואל קודם שאלה, ולכן הוא צריך טרמינל. כדי להמשיך בלי שאלות, אפשר להריץ `{ $alternative }`.
error-interrupted = עצרנו. כל התשובות עד עכשיו נשמרו; כדי להמשיך, יש להריץ שוב את drempel.
error-output = לא ניתן לכתוב את הפלט: { $reason }
error-bad-learner = יש להשתמש ב-1 עד 64 אותיות באנגלית, ספרות, נקודות, מקפים או קווים תחתונים, בלי נקודה בהתחלה
error-bad-lang = drempel עוד לא מדבר "{ $lang }". אפשר לבחור אחת מאלה: { $valid }
journal-bad-data = אירוע מסוג "{ $kind }" עם נתונים במבנה שגוי: { $reason }
warning-torn-line = השורה האחרונה ב-{ $path } (שורה { $line }) לא שלמה, כנראה בגלל כתיבה שנקטעה. מדלגים עליה, והיא נשארת בקובץ כמו שהיא.

## מטרות

goal-recruitment = גיוס עובדים
goal-employer-branding = מיתוג מעסיק
goal-marketing-sales = שיווק ומכירות
goal-customer-care = שירות לקוחות
goal-thought-leadership = מנהיגות מחשבתית
goal-knowledge-sharing = שיתוף ידע


## מה מוכיח כל שלב בסולם

need-welcome = הצגה עצמית קצרה
need-strategy = לפחות מטרה אחת של הארגון נבחרה
need-profile = הצ׳ק-ליסט של הפרופיל בפלטפורמה אחת הושלם, כולל פריטי הפרטיות
need-profile-progress = הצ׳ק-ליסט של הפרופיל בפלטפורמה אחת הושלם, כולל פריטי הפרטיות: ב-{ $platform } בוצעו { $done } מתוך { $total }
need-community = הצטרפות ל{ -community } אחת לפחות ({ $have } עד עכשיו)
need-keywords = לפחות { $need } { -keywords } ({ $have } עד עכשיו)
need-feed = לפחות { -feed } אחד למעקב ({ $have } עד עכשיו)
need-scan = לפחות סריקה אחת של ה{ -feeds } שלך ({ $have } עד עכשיו)
need-triaged = לפחות { $need } פריטים שנקראו והתקבלה לגביהם החלטה ({ $have } עד עכשיו)
need-kept = לפחות פריט אחד שנשמר להמשך: לקריאה, לבלוג, לניוזלטר, לתגובה או לשיתוף ({ $have } עד עכשיו)
need-comment = תגובה שפורסמה ונרשמה עם הכתובת שלה, והטיוטה שלה עברה את הבדיקה בלי שגיאות ({ $have } עד עכשיו)
need-post = פוסט, דיון או פוסט בבלוג משלך, שנרשם עם הכתובת שלו ({ $have } עד עכשיו)

## הצעד הבא

next-welcome = נתחיל בהיכרות קצרה: כמה שאלות על התפקיד ועל העבודה שלך. זה לוקח שתי דקות.
next-strategy = לבחור את המטרות של הארגון, כדי שכל מה שבא אחר כך ינבע מהן.
next-profile-item = להמשיך עם הפרופיל ב-{ $platform }. הפריט הבא: { $label }.
next-community = להצטרף ל{ -community } אחת שמתאימה למטרות שלך: קבוצה, האשטג או פורום.
next-keywords = להוסיף { -keywords } למעקב: יש לך { $have }, ו-{ $need } הן התחלה טובה.
next-feed = להוסיף { -feed } למעקב, למשל התראת Google Alerts שנשלחת כ-RSS.
next-scan = לסרוק את ה{ -feeds } ולראות מה מילות המפתח שלך מוצאות.
next-triage = לקרוא מה הגיע ולהחליט מה מגיע לכל פריט.
next-comment = לכתוב את התגובה הראשונה, לבדוק אותה, לפרסם אותה בעצמך ולרשום איפה היא פורסמה.
next-post = הגעת לשלב { -rung-critic } בסולם: המילים שלך עומדות באתר. עכשיו אפשר לפתוח דיון או לכתוב פוסט משלך, ולרשום איפה הוא פורסם.
next-creator = הגעת לשלב { -rung-creator } בסולם. עכשיו נשמור על ההרגל: קצת קריאה ותגובה אחת בכל שבוע.

## progress

progress-headline = המקום שלך בסולם: { $rung }
progress-headline-named = { $name }, המקום שלך בסולם: { $rung }
progress-aim = היעד של המסע הוא { -rung-critic }: המילים שלך עומדות באתר.
progress-ladder = ה{ -ladder }
progress-steps = השלבים שלך
progress-skipped = (דילגנו בינתיים)
progress-next = הצעד הבא:
progress-not-applicable = לא רלוונטי בשבילך
progress-not-applicable-item = { $platform } · { $label }: { $reason }
orientation = שלב { $number } מתוך { $total } · { $step } · בסולם: { $rung }

## strategy

strategy-none = עוד אין אסטרטגיה. אפשר להגדיר את המטרות של הארגון, למשל: drempel strategy set --goal recruitment --audience "אחיות ואחים בצפון"
strategy-saved = האסטרטגיה נשמרה.
strategy-goals = מטרות:
strategy-audience = קהל יעד:
strategy-why = למה זה חשוב לך:

## profile

profile-needs-platform = צריך לציין פלטפורמה, למשל: drempel profile linkedin done { $item }
profile-item-done = ✓ ב-{ $platform }: הפריט { $item } סומן כבוצע ({ $done } מתוך { $total }).
profile-item-undone = ב-{ $platform }: הפריט { $item } פתוח שוב.
profile-nothing-to-undo = ב-{ $platform }: הפריט { $item } לא היה מסומן, אז אין מה לבטל.
profile-complete = הצ׳ק-ליסט של { $platform } הושלם, כולל { -privacy-review }. כל הכבוד!
profile-next-item = הבא בתור: { $command }
profile-overview-hint = לצ׳ק-ליסט של פלטפורמה אחת: drempel profile linkedin
profile-status-later = (אחר כך)
profile-status-declined = (לא בשבילי)
profile-privacy-tag = { " " }[פרטיות]
profile-status-not-applicable = { " " }(לא רלוונטי: { $reason })
profile-item-not-applicable = ✓ ב-{ $platform }: הפריט { $item } לא רלוונטי בשבילך ({ $done } מתוך { $total }). הסיבה שלך: { $reason }
profile-reason-example = למשל: { $command }
profile-reason-example-text = אין לי דף לנהל

## פריט בצ׳ק-ליסט שלא רלוונטי: הסיבה של הלומד

checklist-reason-empty = כדאי לכתוב בשורה קצרה אחת למה הפריט הזה לא רלוונטי בשבילך.
checklist-reason-too-long = בסיבה יש { $used } תווים; המקסימום הוא { $limit }. צריך לקצר { $over ->
        [one] בתו אחד
        [two] בשני תווים
       *[other] ב-{ $over } תווים
    }.

## reset

reset-what-all = המסע כולו
reset-what-step = השלב "{ $step }"
reset-question = להתחיל מחדש את { $what }?
reset-help = שום דבר לא נמחק: היומן שומר הכול, והשלב מתחיל מההתחלה.
reset-kept = שום דבר לא השתנה.
reset-done = בוצע: { $what } מתחיל מחדש. כל מה שהיה קודם עדיין שמור ביומן.

## lessons

lessons-origin-embedded = השיעורים המובנים
lessons-unknown-id = אין שיעור "{ $id }". השיעורים: { $valid }.
lessons-check-ok = { $origin }: { $count } שיעורים, שפות { $languages }. אין בעיות.
lesson-story = סיפור
lesson-checklist = צ׳ק-ליסט
lesson-takeaways = מה לקחת מכאן
lessons-not-utf8 = הקובץ אינו טקסט UTF-8; יש לשמור אותו כ-UTF-8
lessons-no-front-matter = שיעור מתחיל בשורה +++, אחריה front matter ב-TOML, ואז שורת סגירה +++
lessons-bad-front-matter = front matter: { $reason }
lessons-bad-id = "{ $id }" אינו מזהה תקין: יש להשתמש באותיות קטנות באנגלית, ספרות ומקפים (kebab-case)
lessons-duplicate-id = מזהה השיעור "{ $id }" משמש גם ב-{ $other }
lessons-duplicate-step = לשלב "{ $step }" כבר יש שיעור ב-{ $other }
lessons-empty-field = השדה { $field } ריק
lessons-empty-body = אין בשיעור טקסט אחרי ה-front matter
lessons-checklist-outside-profiles = פריטי צ׳ק-ליסט שייכים לשיעור הפרופילים
lessons-item-empty = פריט הצ׳ק-ליסט "{ $id }" צריך תווית וטקסט עזרה
lessons-privacy-draft = לפריט הפרטיות "{ $id }" לא יכולה להיות טיוטה
lessons-duplicate-item = פריט הצ׳ק-ליסט "{ $id }" של { $platform } מוגדר גם ב-{ $other }
lessons-missing-step = אין שיעור לשלב "{ $step }"
lessons-missing-item = בצ׳ק-ליסט של { $platform } חסר פריט "{ $id }"
lessons-no-base-language = צריכה להיות תיקייה "{ $lang }" עם השיעורים באנגלית
lessons-language-missing-id = השיעור "{ $id }" קיים באנגלית אבל לא ב-"{ $lang }"
lessons-language-extra-id = השיעור "{ $id }" קיים ב-"{ $lang }" אבל לא באנגלית
lessons-language-item-differs = פריט הצ׳ק-ליסט "{ $id }" של { $platform } קיים רק באחת השפות ("{ $lang }" והאנגלית צריכות להתאים)

## doctor

doctor-home = תיקיית בית
doctor-learner = לומד
doctor-journal = יומן
doctor-lessons = שיעורים
doctor-terminal = טרמינל
doctor-bidi = מימין לשמאל
doctor-bidi-reorders = { $terminal } מציג טקסט מימין לשמאל (עברית) בסדר הקריאה
doctor-bidi-aligned = { $terminal } מציג טקסט מימין לשמאל (עברית) בסדר הקריאה, וכל עוד drempel פועל בעברית, שורות בעברית מתחילות מימין
doctor-bidi-setting = { $terminal } מציג טקסט מימין לשמאל (עברית) בסדר הקריאה רק כשההגדרה הזאת פעילה: { $setting }
doctor-bidi-partly = { $terminal } מציג מילים בעברית בסדר הקריאה, אבל לא תמיד סוגריים, מספרים ועמודות
doctor-bidi-no = { $terminal } לא מסדר טקסט מימין לשמאל (עברית): כל מילה מוצגת הפוך
doctor-bidi-old = { $terminal } ישן יותר מגרסת VTE הראשונה שמסדרת טקסט מימין לשמאל (0.58): העברית מוצגת הפוך
doctor-bidi-unknown = לא ידוע אם הטרמינל הזה מציג טקסט מימין לשמאל (עברית) בסדר הקריאה
doctor-bidi-advice = לעברית כדאי להשתמש בטרמינל שמציג אותה בסדר הקריאה: GNOME Terminal או טרמינל VTE אחר (גרסה 0.58 ומעלה), או mlterm. אפשר גם לקרוא את ההתקדמות כדף אינטרנט: `drempel report --format html --out report.html`.
doctor-system = מערכת
doctor-exists = קיימת
doctor-not-a-folder = זו לא תיקייה!
doctor-not-yet = עוד לא נוצרה; היא תיווצר עם התשובה הראשונה
doctor-journal-ok = { $events } אירועים, { $ignored } מגרסה חדשה יותר של drempel או מסוג לא מוכר (נשמרו), { $torn } שורות קטועות (נשמרו, מדלגים עליהן)
doctor-journal-locked = drempel אחר כותב אליו עכשיו
doctor-lessons-ok = { $origin }, שפה { $lang }, { $count } שיעורים
doctor-terminal-line = stdin בטרמינל: { $stdin }, stdout בטרמינל: { $stdout }, צבע: { $colour }, { $width } עמודות, TERM={ $term }, NO_COLOR={ $no_color }, LANG={ $lang }
doctor-yes = כן
doctor-no = לא
lessons-fallback = { $origin }: אין שיעור ב{ $language } שאפשר לקרוא { $count ->
        [one] לשלב הזה: { $steps }. הוא מוצג
       *[other] לשלבים האלה: { $steps }. הם מוצגים
    } באנגלית.{ $problems }
lessons-fallback-builtin = { $origin }: אין שיעור באנגלית שאפשר לקרוא { $count ->
        [one] לשלב הזה: { $steps }. במקומו מוצג השיעור המובנה.
       *[other] לשלבים האלה: { $steps }. במקומם מוצגים השיעורים המובנים.
    }{ $problems }
lessons-unknown-term = "{ $term }" אינו מילה מהמילון (i18n/{ $lang }/glossary.ftl); מונחים נכתבים כך: {"{"} -rung-critic {"}"}
lessons-catalog-missing = { $count ->
        [one] הודעה אחת חסרה
        [two] שתי הודעות חסרות
       *[other] { $count } הודעות חסרות
    } ב-"{ $lang }" ויוצגו באנגלית: { $keys }

## קבצים ששמם ניתן בשורת הפקודה: נקראים עם מגבלת גודל, ונכתבים רק כקבצים רגילים

file-not-a-file = { $kind ->
        [symlink] זה קישור סימבולי
        [pipe] זה צינור (FIFO)
        [device] זה התקן
        [socket] זה socket
        [folder] זו תיקייה
       *[other] זה משהו מיוחד
    }, ולא קובץ רגיל
file-too-large = הקובץ גדול מ-{ $limit }
file-size = { $unit ->
        [mb] { $n } MB
       *[kb] { $n } KB
    }
error-out-not-a-file = drempel לא יכתוב אל { $path }: { $reason }. drempel יוצר או מחליף רק קבצים רגילים; יש לציין שם של קובץ.
error-out-exists = { $path } כבר קיים. כדי להחליף אותו אפשר להוסיף --force, או לבחור שם אחר.
error-out-write = לא ניתן לכתוב את { $path }: { $reason }. כדאי לבדוק שהתיקייה קיימת ושיש הרשאת כתיבה אליה, או לבחור קובץ אחר.
error-disk-full = הדיסק מלא: לא ניתן היה לכתוב את { $path }. יש לפנות קצת מקום בדיסק הזה ולנסות שוב.
out-replace-question = { $path } כבר קיים. להחליף אותו?
out-kept = שום דבר לא נכתב; { $path } נשאר כמו שהיה.

## הגנה על היומן (issue 13)

warning-torn-line-inside = שורה { $line } ב-{ $path } לא שלמה, כנראה בגלל כתיבה שנקטעה. מדלגים עליה, והיא נשארת בקובץ כמו שהיא.
warning-journal-tightened = אנשים אחרים במחשב הזה יכלו לקרוא את { $path } (הרשאות { $mode }). drempel הפך אותו לפרטי ({ $made }): יש בו את ההערות והטיוטות שלך.
warning-journal-too-open = אנשים אחרים במחשב הזה יכולים לקרוא את { $path } (הרשאות { $mode }), ו-drempel לא הצליח לשנות את זה. יש בו את ההערות והטיוטות שלך: כדאי לבקש ממי שמנהל את המחשב להפוך אותו לפרטי.
error-journal-symlink = היומן { $path } הוא קישור סימבולי. drempel לא כותב דרך קישור, ולכן שום דבר לא שונה. יש לשים במקום הזה את קובץ היומן עצמו (להעביר לשם את הקובץ שהקישור מצביע עליו), ולנסות שוב.
error-journal-not-a-file = במקום שבו אמור להיות היומן ({ $path }) יש משהו שאינו קובץ רגיל. שום דבר לא שונה. יש להעביר אותו משם ולנסות שוב.
confirm-yes = כן
confirm-no = לא
confirm-hint-yes = (כן/לא · Enter: כן)
confirm-hint-no = (כן/לא · Enter: לא)
confirm-yes-words = כ, כן
confirm-no-words = ל, לא
confirm-invalid = יש לענות כן או לא.
