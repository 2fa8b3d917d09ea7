# הורדת פידים, פקודות feeds, scan והאינבוקס.

## למה פיד לא הורד: הסיבה בשורת הסטטוס שלו

fetch-unsupported-scheme = אפשר להוריד רק כתובות http ו-https, לא { $scheme }
fetch-status = { $code } { $reason }
fetch-rate-limited = { $code } השרת מבקש לחזור מאוחר יותר
fetch-rate-limited-until = { $code } השרת מבקש לחזור מאוחר יותר; אפשר לנסות שוב אחרי { $at }
fetch-timed-out = אין תשובה אחרי { $seconds } שניות
fetch-deadline = לא הסתיים בזמן שהוקצב לסריקה ({ $seconds } שניות)
fetch-too-large = גדול מדי: יותר מ-{ $mib } MiB, הרבה מעבר למה שפיד צריך
fetch-redirect-loop = לולאת הפניות: השרת מחזיר אותנו אל { $url }
fetch-too-many-redirects = יותר מ-{ $limit } הפניות
fetch-bad-redirect = הפניה לכתובת שאי אפשר לעקוב אחריה: "{ $location }"
fetch-connect = אין חיבור לשרת: { $reason }
fetch-network = החיבור נקטע: { $reason }

error-http-setup = לא ניתן להכין את החיבור לרשת: { $reason }. כדאי להריץ `drempel doctor` ולהראות את הפלט למנחה.

## פסי התקדמות

fetchbar-feeds = { -feeds }
fetchbar-waiting = השרת ביקש שנחכה { $seconds } שניות

## שגיאות של פקודות feeds, scan ו-inbox

error-cache-corrupt = הקובץ { $path } פגום ({ $reason }). drempel לא נגע בו. יש בו רק מה שסריקה יכולה להוריד שוב: כדאי להזיז אותו הצידה עם `mv "{ $path }" "{ $path }.broken"` ולהריץ שוב את הפקודה.
address-no-scheme = היא לא מתחילה ב-https:// או ב-http://
address-bad-host = שם האתר שבה לא תקין
address-bad-port = מספר הפורט שבה לא תקין
address-invalid = זו לא כתובת אינטרנט תקינה
error-bad-feed-url = אי אפשר לעקוב אחרי הכתובת "{ $url }": { $reason }. יש להשתמש בכתובת המלאה, שמתחילה ב-https:// או ב-http://.
error-needs-network = הפקודה `drempel { $command }` צריכה רשת כדי לבדוק את הכתובת, אבל --offline מופעל. אפשר להריץ אותה שוב בלי --offline כשיש חיבור.
error-feed-fetch = לא ניתן להוריד את { $url }: { $reason }. כדאי לפתוח את הכתובת בדפדפן, או לנסות שוב מאוחר יותר.
error-no-feed-found = הכתובת { $url } היא דף אינטרנט שלא מפרסם אף { -feed }. כדאי לחפש באתר קישור RSS או Atom, או לעקוב אחרי החדשות שלו עם `drempel feeds add --google-news "מילים"`.
error-not-watching = אין מעקב אחרי { $url }. הכתובות שבמעקב מופיעות ב-`drempel feeds list`.
error-nothing-to-import = ב-{ $path } אין אף { -feed } עם כתובת http או https, ולכן שום דבר לא יובא. כדאי לייצא שוב את הרשימה מקורא הפידים, בפורמט OPML.
error-input-file = לא ניתן לקרוא את { $path }: { $reason }. כדאי לבדוק את שם הקובץ.
error-no-such-item = אין ב{ -inbox } פריט עם המזהה "{ $id }". הרשימה המלאה, עם המזהים: `drempel inbox --all`.
error-ambiguous-item = יותר מפריט אחד מתחיל ב-"{ $id }": { $candidates }. כדאי להקליד עוד כמה תווים.

## drempel feeds

feeds-cmd-add-what = אחרי מה לעקוב? `drempel feeds add URL`, או `drempel feeds add --google-news "מילים"`.
feeds-cmd-only-http = אפשר לעקוב רק אחרי כתובות http ו-https
feeds-cmd-already = כבר יש מעקב אחרי { $url }.
feeds-cmd-found-link = הכתובת { $site } היא דף אינטרנט, והוא מפרסם את ה{ -feed } { $url }.
feeds-cmd-other-link = הוא מפרסם גם את { $url } (אפשר להוסיף גם אותו באותה דרך).
feeds-cmd-added = במעקב מעכשיו: { $title } ({ $url }), ויש בו כרגע { $items ->
        [one] פריט אחד
        [two] שני פריטים
       *[other] { $items } פריטים
    }. `drempel scan` יחפש בו את מילות המפתח שלך.
feeds-cmd-added-practice = במעקב מעכשיו: { -feed } התרגול { $title } ({ $url }). הוא מגיע עם drempel, אז הוא עובד גם בלי רשת.
feeds-cmd-empty-query = צריך לכתוב מילים לחיפוש חדשות, למשל --google-news "מיתוג מעסיק".
feeds-cmd-news-title = חדשות: { $query }
feeds-cmd-added-news = במעקב מעכשיו: { $title } ({ $url }). `drempel scan` יחפש בו את מילות המפתח שלך.
feeds-cmd-removed = המעקב אחרי { $url } הופסק.
feeds-cmd-none = עוד אין { -feeds } במעקב. אפשר להוסיף אחד עם `drempel feeds add URL`, או לייבא רשימה עם `drempel feeds import FILE.opml`.
feeds-cmd-last = { $mark } סריקה אחרונה { $at }: { $status }
feeds-cmd-not-scanned = עוד לא נסרק
feeds-cmd-import-bad = דילגנו על { $url }: { $reason }
feeds-cmd-import-known = כבר במעקב: { $url }
feeds-cmd-import-added = { $title } ({ $url })
feeds-cmd-import-summary = נוספו: { $added }. כבר היו במעקב: { $known }. דילגנו: { $bad }.
feeds-cmd-exported = { $count ->
        [one] { -feed } אחד נכתב
        [two] שני { -feeds } נכתבו
       *[other] { $count } { -feeds } נכתבו
    } אל { $path }.
feeds-cmd-preview-count = ({ $count ->
        [one] פריט אחד
        [two] שני פריטים
       *[other] { $count } פריטים
    })
feeds-cmd-is-feed = הכתובת { $url } היא בעצמה { -feed }: { $title }
feeds-cmd-discover-next = אפשר לעקוב אחרי אחד מהם עם `drempel feeds add URL`.

## drempel scan

scan-bad-seconds = צריך מספר שניות גדול מ-0, למשל 15 או 0.5
scan-practice-offline = בלי רשת: קוראים את פידי התרגול שמגיעים עם drempel.
scan-practice-no-feeds = עוד אין { -feeds } במעקב, אז הסריקה הזאת קוראת את פידי התרגול שמגיעים עם drempel. אפשר להוסיף { -feeds } משלך עם `drempel feeds add URL`.
scan-feed-ok = תקין, { $items ->
        [one] פריט אחד
        [two] שני פריטים
       *[other] { $items } פריטים
    }, { $matches ->
        [0] אין התאמות חדשות
        [one] נמצאה התאמה חדשה אחת
        [two] נמצאו שתי התאמות חדשות
       *[other] נמצאו { $matches } התאמות חדשות
    }
scan-feed-not-modified = לא השתנה מאז הסריקה הקודמת ({ $items ->
        [one] פריט אחד נשמר
        [two] שני פריטים נשמרו
       *[other] { $items } פריטים נשמרו
    }), { $matches ->
        [0] אין התאמות חדשות
        [one] נמצאה התאמה חדשה אחת
        [two] נמצאו שתי התאמות חדשות
       *[other] נמצאו { $matches } התאמות חדשות
    }
scan-not-a-feed = זה לא { -feed }: { $reason }
scan-bad-address = כתובת לא תקינה: { $reason }
scan-no-such-practice-feed = בגרסה הזאת של drempel אין { -feed } תרגול בכתובת הזאת
scan-feed-moved = עבר לצמיתות אל { $url }; רשימת הפידים שלך משתמשת מעכשיו בכתובת החדשה
scan-invalid-keyword = דילגנו על מילת המפתח { $query }: { $reason }. אפשר לתקן אותה עם `drempel keywords remove` ואחר כך `drempel keywords add`.
scan-no-keywords = עוד אין לך { -keywords }, אז אין מה למצוא. הפקודה `drempel keywords suggest` מציעה כמה לפי המטרות שלך.
scan-all-failed = אף { -feed } לא הורד. כדאי לבדוק את החיבור, או לתרגל בלי רשת עם `drempel scan --offline`.
scan-summary = { $matches ->
        [0] אין התאמות חדשות
        [one] נמצאה התאמה חדשה אחת
        [two] נמצאו שתי התאמות חדשות
       *[other] נמצאו { $matches } התאמות חדשות
    } { $feeds ->
        [one] מ{ -feed } אחד
        [two] משני { -feeds }
       *[other] מ-{ $feeds } { -feeds }
    }{ $failed ->
        [0] {""}
        [one] {" "}(אחד נכשל)
       *[other] {" "}({ $failed } נכשלו)
    }.
scan-more = …ועוד { $more }; כולם מופיעים ב-`drempel inbox`.
scan-next = { $waiting ->
        [one] פריט אחד ממתין
        [two] שני פריטים ממתינים
       *[other] ממתינים { $waiting } פריטים
    } ב{ -inbox } שלך. מה לעשות עם כל אחד? מחליטים עם `drempel triage`.

## drempel inbox

inbox-empty = ה{ -inbox } שלך ריק. כדי לחפש פריטים חדשים: `drempel scan`.
inbox-nothing-new = אין חדש: על כל הפריטים ({ $total }) כבר התקבלה החלטה. `drempel inbox --all` מציג אותם.
inbox-next = { $count ->
        [one] פריט אחד ממתין להחלטה
        [two] שני פריטים ממתינים להחלטה
       *[other] ממתינים להחלטה { $count } פריטים
    }: `drempel triage`.
inbox-keywords = { -keywords }: { $keywords }
inbox-state-triaged = (הוחלט)
inbox-untitled = (בלי כותרת)

## הגבול של האינבוקס (issue 13)

scan-left-out = ה{ -inbox } שלך שומר את { $kept } ההתאמות החדשות ביותר: { $left ->
        [one] התאמה ישנה אחת נשארה בחוץ
        [two] שתי התאמות ישנות נשארו בחוץ
       *[other] { $left } התאמות ישנות נשארו בחוץ
    }.
fetch-reason-dns = שם האתר לא נמצא (יש חיבור לרשת?)
fetch-reason-refused = השרת דחה את ההתחברות
fetch-reason-reset = החיבור נקטע באמצע
fetch-reason-tls = לא ניתן לאמת את תעודת האבטחה של האתר
