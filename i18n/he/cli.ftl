# העזרה של שורת הפקודה: הטקסט של `drempel --help` ושל --help בכל פקודה.
# המפתח הוא הנתיב של הפקודה (cli-feeds-add-url = הארגומנט URL של `drempel feeds add`).
# פקודות, דגלים וערכים נשארים כמו שמקלידים אותם, באותיות לטיניות. סגנון: קצר, כמו דף man.

cli-heading-usage = שימוש:
cli-heading-commands = פקודות
cli-heading-options = אפשרויות
cli-heading-arguments = ארגומנטים
cli-value-command = COMMAND
cli-help-flag = הצגת העזרה הזאת
cli-version-flag = הצגת הגרסה
cli-fact-values = ערכים אפשריים: { $values }
cli-fact-default = ברירת מחדל: { $value }
cli-fact-env = או במשתנה הסביבה { $var }

cli-error = שגיאה: { $message }
cli-error-invalid-value = הערך "{ $value }" לא מתאים עבור { $arg }. ערכים אפשריים: { $valid }
cli-error-empty-value = חסר ערך עבור { $arg }
cli-error-unknown-argument = האפשרות { $arg } לא מוכרת ל-drempel
cli-error-unknown-command = אין ב-drempel פקודה בשם "{ $command }"
cli-error-missing = לפקודה הזאת חסר { $arg }
cli-error-missing-command = הפקודה הזאת צריכה אחת מתתי-הפקודות שלה
cli-error-conflict = אי אפשר לשלב את { $arg } עם { $other }
cli-error-validation = הערך "{ $value }" לא מתאים עבור { $arg }: { $reason }
cli-error-too-many = עבור { $arg } ניתנו יותר מדי ערכים, או שהוא הופיע יותר מפעם אחת
cli-error-other = לא ניתן לקרוא את שורת הפקודה ({ $arg })
cli-error-suggestion = אולי { $suggestion }?
cli-error-more = לפרטים נוספים אפשר להוסיף --help.

cli-about = הכלי drempel הוא קואץ׳ בטרמינל: מצפייה מהצד להשתתפות ברשתות חברתיות מקצועיות
cli-long-about =
    הכלי drempel הוא קואץ׳ בטרמינל: מצפייה מהצד להשתתפות ברשתות חברתיות מקצועיות.

    הרצה בלי פקודה ממשיכה מהמקום שבו עצרנו.
cli-home = איפה drempel שומר את הנתונים (בלי האפשרות: תיקיית הנתונים של המערכת)
cli-learner = של מי המסע; לכל לומד יש תיקייה משלו
cli-lang = השפה של drempel (בלי האפשרות: השפה שנבחרה בשלב הפתיחה, אחרת שפת המערכת, אחרת אנגלית)
cli-color = מתי להשתמש בצבע
cli-offline = שימוש בחומרי התרגול המצורפים במקום ברשת
cli-lessons = קריאת השיעורים מהתיקייה הזאת (DIR/<lang>/*.md) במקום מהשיעורים המובנים

cli-start-about = המסע המודרך (כמו הרצה של drempel בלי פקודה)
cli-start-step = קפיצה לשלב הזה, במקום להמשיך מהמקום שבו עצרנו

cli-progress-about = הסולם, השלבים, והדבר האחד שכדאי לעשות עכשיו
cli-progress-json = פלט למכונה (פורמט יציב)

cli-lessons-about = קריאת השיעורים, או בדיקה של תיקיית שיעורים

cli-lessons-list-about = השיעורים, אחד לכל שלב

cli-lessons-show-about = קריאת שיעור אחד
cli-lessons-show-id = מזהה השיעור, כפי שהוא מופיע ב-`drempel lessons list`

cli-lessons-check-about = בדיקת תיקיית שיעורים (ברירת מחדל: השיעורים שבשימוש) ודיווח על כל בעיה
cli-lessons-check-dir = תיקיית השיעורים לבדיקה (DIR/<lang>/*.md)

cli-strategy-about = המטרות של הארגון וקהל היעד שלך

cli-strategy-show-about = הצגת המטרות, קהל היעד וה"למה" שהוגדרו

cli-strategy-set-about = הגדרת המטרות של הארגון (אפשר לחזור על --goal או להפריד בפסיקים)
cli-strategy-set-audience = למי רוצים להגיע, במילים שלך
cli-strategy-set-why = למה זה חשוב לך
cli-strategy-set-goals = מטרה: recruitment, employer-branding, marketing-sales, customer-care, thought-leadership או knowledge-sharing

cli-profile-about = הצ׳ק-ליסט של הפרופיל, לכל פלטפורמה
cli-profile-platform = הפלטפורמה; בלעדיה: סקירה של כולן

cli-profile-status-about = הצ׳ק-ליסט של הפלטפורמה ומה כבר בוצע

cli-profile-done-about = סימון פריט בצ׳ק-ליסט כבוצע
cli-profile-done-item = מזהה הפריט, כפי שהוא מופיע בצ׳ק-ליסט

cli-profile-undo-about = ביטול סימון של פריט: בוצע, לא רלוונטי, נדחה לאחר כך או לא בשבילי
cli-profile-undo-item = מזהה הפריט, כפי שהוא מופיע בצ׳ק-ליסט

cli-profile-not-applicable-about = סימון פריט שלא רלוונטי בשבילך, עם הסיבה; הוא נחשב כבוצע
cli-profile-not-applicable-item = מזהה הפריט, כפי שהוא מופיע בצ׳ק-ליסט
cli-profile-not-applicable-reason = למה הפריט לא רלוונטי בשבילך, בשורה קצרה אחת (חובה)

cli-keywords-about = מילות מפתח למעקב בפידים: הצעה, הוספה, הסרה, רשימה, בדיקה
cli-keywords-json = פלט למכונה (פורמט יציב)

cli-keywords-suggest-about = מילות מפתח לפי המטרות שבאסטרטגיה שלך, בשפה שלך (--lang)
cli-keywords-suggest-goals = הצעות למטרות האלה, במקום למטרות שבאסטרטגיה

cli-keywords-add-about = מעקב אחרי שאילתה: מילים, "ביטוי מדויק", -מילה להחרגה, OR, site:domain, intitle:word. את כל השאילתה שמים בין מירכאות בודדות: drempel keywords add '"יום פתוח" -זום'
cli-keywords-add-query = השאילתה, בין מירכאות בודדות כדי שה-shell ישאיר אותה שלמה
cli-keywords-add-rest = מילים אחרי השאילתה: שאילתה שה-shell פיצל כי היא לא הייתה במירכאות

cli-keywords-remove-about = הפסקת מעקב אחרי שאילתה
cli-keywords-remove-query = השאילתה כפי שהיא מופיעה ב-`list`, או כל כתיב שמוצא את אותו הדבר
cli-keywords-remove-rest = מילים אחרי השאילתה: שאילתה שה-shell פיצל כי היא לא הייתה במירכאות

cli-keywords-list-about = השאילתות שבמעקב

cli-keywords-test-about = אילו ממילות המפתח שלך מתאימות לטקסט, איפה ולמה; קוד יציאה 1 כשאף אחת לא מתאימה. השורה הראשונה היא הכותרת, השאר התקציר; `-` קורא את הטקסט מ-stdin
cli-keywords-test-text = הטקסט: השורה הראשונה היא הכותרת, השאר התקציר; - קורא מ-stdin
cli-keywords-test-more = עוד מילים מהטקסט, כשהוא לא במירכאות
cli-keywords-test-link = הקישור של הפריט, בשביל שאילתות site:
cli-keywords-test-queries = בדיקה של השאילתה הזאת במקום מילות המפתח שלך (אפשר לחזור)

cli-feeds-about = הפידים שבמעקב: הוספה, הסרה, רשימה, ייבוא, ייצוא, תצוגה מקדימה, גילוי

cli-feeds-add-about = מעקב אחרי פיד; כתובת של אתר מובילה לפיד שהאתר מפרסם
cli-feeds-add-url = כתובת ה-http או ה-https של הפיד (או של האתר)
cli-feeds-add-google_news = במקום זה, מעקב אחרי חיפוש חדשות במילים האלה, בשפה שלך

cli-feeds-remove-about = הפסקת מעקב אחרי פיד
cli-feeds-remove-url = כתובת הפיד, כפי שהיא מופיעה ב-`drempel feeds list`

cli-feeds-list-about = הפידים שבמעקב, ואיך כל אחד מהם עבר בסריקה האחרונה
cli-feeds-list-json = הדפסת הרשימה כ-JSON ל-stdout

cli-feeds-import-about = מעקב אחרי כל הפידים בקובץ OPML שיוצא מקורא פידים
cli-feeds-import-file = קובץ ה-OPML שקורא הפידים ייצא

cli-feeds-export-about = כתיבת הפידים כ-OPML 2.0, בשביל קורא פידים (ל-stdout כשאין FILE)
cli-feeds-export-file = הקובץ לכתיבה; בלעדיו, ה-OPML מודפס בטרמינל

cli-feeds-preview-about = הצגת התוכן של פיד, בלי לעקוב אחריו
cli-feeds-preview-source = כתובת של פיד, או קובץ פיד בדיסק
cli-feeds-preview-json = הדפסת הפריטים כ-JSON ל-stdout

cli-feeds-discover-about = רשימת הפידים שאתר מפרסם
cli-feeds-discover-url = כתובת האתר

cli-scan-about = הורדת כל הפידים, חיפוש מילות המפתח שלך ומילוי האינבוקס
cli-scan-json = הדפסת התוצאה כ-JSON ל-stdout
cli-scan-timeout = כמה שניות לחכות לתשובה הבאה של שרת לפני שמוותרים על הפיד
cli-scan-deadline = כמה שניות מותר לכל הסריקה להימשך; על פידים שלא הסתיימו עד אז יש דיווח
cli-scan-jobs = כמה פידים מורידים במקביל (לכל היותר 2 מאותו אתר)

cli-inbox-about = מה שהסריקות מצאו וממתין להחלטה
cli-inbox-json = הדפסת הפריטים כ-JSON ל-stdout
cli-inbox-all = כולל פריטים שכבר התקבלה לגביהם החלטה

cli-policy-about = מדיניות הרשתות החברתיות של הארגון: מעסיק, מוצרים, גילוי נאות, מונחים חסויים

cli-policy-show-about = הצגת המדיניות ש-drempel משתמש בה
cli-policy-show-json = פלט למכונה

cli-policy-init-about = כתיבת מדיניות התחלתית לעריכה (בלי שאלות)
cli-policy-init-force = החלפה של מדיניות שכבר קיימת

cli-policy-set-about = בדיקה של קובץ מדיניות ושימוש בו
cli-policy-set-file = קובץ המדיניות (TOML), למשל קובץ שנוצר עם `drempel policy init`

cli-check-about = בדיקת טיוטה לפני פרסום: אורך, טון, גילוי נאות, מידע חסוי ופרטים אישיים
cli-check-platform = הפלטפורמה שבה הטקסט יפורסם
cli-check-kind = סוג הטקסט: המגבלה תלויה בו
cli-check-policy = בדיקה מול קובץ המדיניות הזה, במקום המדיניות השמורה
cli-check-json = פלט למכונה
cli-check-accept = קבלה מכוונת של ממצא, עם הסיבה (אפשר לחזור): --accept shouting="זה ציטוט"
cli-check-draft = הטיוטה: קובץ טקסט, או - (או כלום) לקריאה מהקלט הרגיל

cli-groups-about = קהילות: הצעות, הצטרפות, ביקורים

cli-groups-suggest-about = מקומות שכדאי לחפש בהם, לפי המטרות ומילות המפתח שלך
cli-groups-suggest-json = פלט למכונה (פורמט יציב)

cli-groups-add-about = רישום הצטרפות לקהילה
cli-groups-add-name = שם הקהילה, כמו שהיא קוראת לעצמה
cli-groups-add-platform = איפה הקהילה נמצאת
cli-groups-add-url = הכתובת של הקהילה, כדי למצוא אותה שוב

cli-groups-visit-about = רישום ביקור בקהילה
cli-groups-visit-name = שם הקהילה, כמו שנרשם בהוספה

cli-groups-list-about = הקהילות שלך
cli-groups-list-json = פלט למכונה (פורמט יציב)

cli-triage-about = החלטה מה לעשות עם התאמות חדשות: skip, later, blog, newsletter, respond, share
cli-triage-item = הפריט באינבוקס (המזהה שלו, או 4 התווים הראשונים שלו או יותר)
cli-triage-decision = מה לעשות עם הפריט
cli-triage-note = הערה קצרה לעצמך, בשורה אחת

cli-comment-about = התגובה הראשונה: לכתוב, לבדוק, לפרסם בעצמך ולרשום איפה
cli-comment-item = הפריט באינבוקס שמגיבים אליו (מתוך `drempel inbox`)

cli-comment-record-about = רישום תגובה שפורסמה, עם המקום שבו היא נמצאת
cli-comment-record-item = הפריט באינבוקס שהתגובה עונה עליו
cli-comment-record-draft = הטקסט שפורסם: הוא נבדק, וטיוטה בלי שגיאות היא ההוכחה לשלב { -rung-critic } בסולם
cli-comment-record-accept = השארת ממצא בכוונה, עם הסיבה: --accept iban="חשבון התרומות של העמותה"
cli-comment-record-url = איפה התגובה נמצאת: הכתובת שלה
cli-comment-record-platform = הפלטפורמה שבה התגובה פורסמה

cli-post-about = רישום פוסט, דיון או פוסט בבלוג משלך

cli-post-record-about = רישום פוסט, דיון או פוסט בבלוג שפורסם
cli-post-record-url = איפה הפוסט נמצא: הכתובת שלו
cli-post-record-platform = הפלטפורמה שבה הפוסט פורסם
cli-post-record-kind = מה נכתב: פוסט, דיון שנפתח או פוסט בבלוג

cli-reset-about = התחלה מחדש של המסע, או של שלב אחד (היומן שומר הכול)
cli-reset-step = רק השלב הזה; בלעדיו, המסע כולו
cli-reset-yes = בלי לשאול קודם (חובה כשאין טרמינל)

cli-doctor-about = מה להדביק כשמבקשים עזרה: גרסאות, נתיבים, תקינות היומן

cli-completions-about = השלמה אוטומטית ל-shell: drempel completions bash > …
cli-completions-shell = ה-shell שבשבילו נכתבת ההשלמה

cli-man-about = דף ה-man, בפורמט roff

cli-report-about = המסע שלך במבט אחד, לפגישה אישית: Markdown, דף HTML אחד או JSON
cli-report-out = כתיבה לקובץ הזה (מוחלף בפעולה אטומית) במקום לטרמינל
cli-report-format = md לקריאה, html לדף אחד להדפסה או להקרנה, json לסקריפטים

cli-export-about = קובץ אחד למסירה לקואץ׳ או למנחה (קודם רואים מה נכנס בו)
cli-export-out = לאן לכתוב: קובץ, תיקייה, או `-` ל-stdout (בלי האפשרות: ./drempel-export-NAME-ID.json)
cli-export-include_drafts = לכלול גם טיוטות, הערות פרטיות, הפריטים שנשמרו להמשך, מילות המפתח וכתובות הפידים, קהל היעד וה"למה" שלך
cli-export-yes = בלי לשאול קודם

cli-coach-about = ההערות של הקואץ׳ והתוכניות שסוכמו, שמורות ביומן שלך

cli-coach-note-about = רישום תצפית (פרטית: לא נכנסת לייצוא, אלא אם מבקשים)
cli-coach-note-text = ההערה; אין צורך במירכאות גם כשיש כמה מילים

cli-coach-plan-about = הסכמה על צעד הבא, אפשר עם תאריך יעד; מוצג ב-`drempel progress`
cli-coach-plan-due = עד מתי: YYYY-MM-DD, היום, מחר או יום בשבוע
cli-coach-plan-text = התוכנית; אין צורך במירכאות גם כשיש כמה מילים

cli-coach-done-about = סימון תוכנית כבוצעה, לפי המספר שלה ב-`drempel coach list`
cli-coach-done-number = מספר התוכנית ב-`drempel coach list`

cli-coach-list-about = ההערות והתוכניות עד עכשיו

cli-cohort-about = קבוצת הדרכה במבט אחד, מקובצי הייצוא שהלומדים מסרו
cli-cohort-paths = קובצי ייצוא, או תיקיות שבהן מחפשים ייצוא *.json
cli-cohort-names = הצגת כל לומד בשמו (כדאי לשאול את הקבוצה קודם: תצוגה אישית דורשת הסכמה)
cli-cohort-since = ספירה של מי שעלה בסולם מהיום הזה (YYYY-MM-DD; בלי האפשרות: יום הייצוא החדש ביותר)
cli-cohort-out = כתיבה לקובץ הזה (מוחלף בפעולה אטומית) במקום לטרמינל
cli-cohort-format = table לטרמינל, md, html למקרן, json לסקריפטים

cli-report-force = החלפת הקובץ אם הוא כבר קיים, בלי לשאול
cli-report-include_drafts = להציג גם את ההערות של הלומד על הפריטים שנשמרו להמשך
cli-report-from = יצירת הדוח מקובץ ייצוא שהלומד מסר (drempel export), במקום מהיומן
cli-export-force = החלפת הקובץ אם הוא כבר קיים, בלי לשאול
cli-cohort-force = החלפת הקובץ אם הוא כבר קיים, בלי לשאול
cli-feeds-export-force = החלפת הקובץ אם הוא כבר קיים, בלי לשאול
cli-scan-verbose = כל הפידים ואיך כל אחד עבר, לא רק אלה שהייתה בהם בעיה

cli-welcome-about = היכרות בלי שאלות: השם, התפקיד, מקום העבודה והשפה שלך
cli-welcome-name = השם שלך, כמו ש-drempel יפנה אליך
cli-welcome-role = התפקיד שלך
cli-welcome-organisation = מקום העבודה שלך
cli-welcome-language = השפה ש-drempel ידבר בה מעכשיו: en, nl, de, fr או he

cli-feeds-add-practice = במקום זה, מעקב אחרי פידי התרגול בשפה שלך: הם מגיעים עם drempel, אז אין צורך ברשת

cli-plan-about = התוכניות שלך: עד תאריך או כהרגל שבועי, וגם כקובץ ללוח השנה
cli-plan-add-about = יצירת תוכנית: עד תאריך, כהרגל שבועי, או שניהם
cli-plan-add-text = התוכנית; אין צורך במירכאות גם כשיש כמה מילים
cli-plan-add-due = עד מתי: YYYY-MM-DD, היום, מחר או יום בשבוע
cli-plan-add-every = הרגל שבועי ביום הזה, למשל שישי (או friday)
cli-plan-list-about = התוכניות שלך ושל הקואץ׳, לפי תאריך
cli-plan-list-json = הדפסת התוכניות כ-JSON ל-stdout
cli-plan-done-about = סימון תוכנית כבוצעה, לפי המספר שלה ב-`drempel plan list`
cli-plan-done-number = מספר התוכנית ב-`drempel plan list`
cli-plan-undo-about = פתיחה מחדש של תוכנית שסומנה כבוצעה בטעות
cli-plan-undo-number = מספר התוכנית ב-`drempel plan list`
cli-plan-remove-about = הורדת תוכנית מהרשימה (היומן שומר אותה)
cli-plan-remove-number = מספר התוכנית ב-`drempel plan list`
cli-plan-calendar-about = כתיבת התאריכים של התוכניות וההרגלים השבועיים לקובץ לוח שנה (.ics) בשביל Outlook, Google Calendar או Apple Calendar
cli-plan-calendar-out = הקובץ לכתיבה, למשל plans.ics
cli-plan-calendar-force = החלפת הקובץ אם הוא כבר קיים, בלי לשאול

cli-coach-undo-about = פתיחה מחדש של תוכנית שסומנה כבוצעה בטעות
cli-coach-undo-number = מספר התוכנית ב-`drempel coach list`
cli-coach-remove-about = הורדת תוכנית מהרשימה (היומן שומר אותה)
cli-coach-remove-number = מספר התוכנית ב-`drempel coach list`
