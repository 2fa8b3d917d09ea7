# פידים: ניתוח, OPML ופידי התרגול (src/feeds/).

## למה מסמך אינו פיד שאפשר לקרוא

feed-error-empty = המסמך ריק, ולכן אין בו { -feed }. כדאי לבדוק את הכתובת; אם זה אתר, אפשר לנסות `drempel feeds discover URL`.
feed-error-html = זה דף HTML ולא { -feed }. כדי למצוא את ה{ -feed } של האתר, אפשר לנסות `drempel feeds discover URL`.
feed-error-html-with-feeds = זה דף HTML ולא { -feed }. יש בו קישור { $count ->
        [one] ל{ -feed } הזה
       *[other] ל{ -feeds } האלה
    }:
      { $links }
    אפשר להוסיף אחד מהם במקום (גם `drempel feeds discover URL` מציג אותם).
feed-error-json = זה JSON (אולי JSON Feed), ולא RSS או Atom. drempel קורא { -feeds } מסוג RSS ו-Atom; כדאי לחפש באתר קישור RSS.
feed-error-not-xml = זה לא { -feed }: { -feed } הוא XML ומתחיל ב-"<", אבל זה מתחיל ב-"{ $start }". כדאי לבדוק שהכתובת מובילה ל{ -feed } עצמו.
feed-error-unknown-root = זה XML אבל לא { -feed }: הוא מתחיל ב-<{ $element }>, ואילו { -feed } RSS מתחיל ב-<rss> או ב-<rdf:RDF>, ו{ -feed } Atom ב-<feed>.
feed-error-invalid-at = ה{ -feed } מסוג { $format } שבור בשורה { $line }, עמודה { $column }: { $reason }. רק מי שמפרסם אותו יכול לתקן את זה; בינתיים אפשר לוותר עליו, או לספר להם.
feed-error-invalid = ה{ -feed } מסוג { $format } שבור: { $reason }. רק מי שמפרסם אותו יכול לתקן את זה; בינתיים אפשר לוותר עליו, או לספר להם.
feed-error-cut-off = המסמך נגמר לפני שה{ -feed } נגמר (אולי ההורדה נקטעה?)
feed-error-unclosed = המסמך נגמר כש-<{ $element }> עדיין פתוח (אולי הוא נקטע?)

## OPML

opml-error-empty = קובץ ה-OPML ריק. כדאי לייצא שוב את ה{ -feeds } מקורא הפידים.
opml-error-xml = קובץ ה-OPML אינו XML תקין בשורה { $line }, עמודה { $column }: { $reason }. כדאי לייצא שוב את ה{ -feeds } מקורא הפידים, או לתקן את המקום הזה בעורך טקסט.
opml-error-text-before-root = יש טקסט לפני האלמנט הראשון; קובץ OPML מתחיל ב-<?xml …?> או ב-<opml>
opml-error-not-opml = זה לא קובץ OPML: הוא מתחיל ב-<{ $element }>, ואילו OPML מתחיל ב-<opml>. כדאי לייצא את ה{ -feeds } מקורא הפידים כ-OPML.
opml-error-is-feed = זה { -feed } (<{ $element }>), ולא רשימת OPML של { -feeds }. אפשר להוסיף אותו עם `drempel feeds add URL`.

## שגיאות עם המיקום שלהן

error-feed = { $location }: { $reason }
error-opml = { $path }: { $reason }

## פידי התרגול (נבדקים ב-`drempel lessons check`)

practice-missing = אין פידי תרגול ל-"{ $lang }"; יש להוסיף כאן לפחות שני { -feeds } בקובצי xml.
practice-too-few-items = בפיד התרגול הזה יש { $count } פריטים; צריך לפחות { $min }.
practice-item-incomplete = הפריט "{ $title }" צריך קישור ותאריך כדי שיהיה תרגול שימושי.
