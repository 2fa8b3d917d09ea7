## המסע המודרך

error-wizard-needs-terminal = המסע המודרך צריך טרמינל כדי לשאול את השאלות שלו. בלי טרמינל אפשר להשתמש בפקודות שלא שואלות כלום: drempel progress, drempel strategy set --goal GOAL, drempel profile PLATFORM done ITEM, drempel lessons show ID.
wizard-prompt-failed = לא ניתן היה להציג את השאלה: { $reason }
wizard-keys = Esc: הפסקה, הכול נשמר
wizard-keys-multi = רווח: סימון, Enter: אישור, Esc: הפסקה
wizard-saved-bye = כל התשובות נשמרו. כדי להמשיך מכאן, יש להריץ שוב את drempel.
wizard-step-of = שלב { $number } מתוך { $total }
wizard-welcome-back-named = טוב לראות אותך שוב, { $name }. ממשיכים מאיפה שעצרנו: { $step }.
wizard-welcome-back = טוב לראות אותך שוב. ממשיכים מאיפה שעצרנו: { $step }.
wizard-ready = נתחיל?
wizard-go = קדימה
wizard-read-lesson = לקרוא קודם את השיעור המלא
wizard-skip = לדלג על השלב הזה בינתיים
wizard-back = חזרה לשלב הקודם
wizard-break = הפסקה (הכול נשמר)

welcome-today = היום נגדיר את המטרות שלך, נשלים את הפרופיל ונדאג שיהיה בטוח, ונתכונן לתגובה הראשונה. drempel אף פעם לא מפרסם שום דבר בשמך: הפרסום תמיד בידיים שלך, ורק כשזה מתאים לך.
welcome-name = איך לקרוא לך?
welcome-name-needed = שם פרטי מספיק.
welcome-role = מה התפקיד שלך?
welcome-organisation = מה שם מקום העבודה שלך?
welcome-optional = לא חובה, Enter לדילוג
welcome-language = באיזו שפה הפעילות שלך ברשת?
welcome-language-help = לפיה נציע { -keywords } ונבדוק את התגובה
welcome-hello = נעים להכיר, { $name }. נתחיל מהשאלה למה הארגון שלך נמצא ברשת בכלל.

strategy-goals-question = מה הארגון שלך רוצה להשיג ברשתות החברתיות?
strategy-goals-help = אפשר לבחור יותר ממטרה אחת
strategy-goals-none = יש לבחור לפחות מטרה אחת: כל מה שבא אחר כך נובע ממנה.
strategy-audience-question = למי רוצים להגיע?
strategy-audience-help = למשל: אחיות ואחים בצפון, צוותי IT בבנקים
strategy-why-question = ולמה זה חשוב לך?
strategy-why-help = במילים שלך; רק לך ולקואץ׳ יש גישה לזה
strategy-summary = המטרות שלך: { $goals }. זה המצפן שלנו להיום.

profiles-platforms-question = באילו פלטפורמות נעבוד?
profiles-platforms-help = אחת או שתיים בתור התחלה
profiles-platforms-none = יש לבחור לפחות פלטפורמה אחת.
profiles-platform-heading = ב-{ $platform } בוצעו { $done } מתוך { $total }
profiles-platform-already-complete = הצ׳ק-ליסט הזה כבר הושלם. יפה מאוד.
profiles-platform-summary = ב-{ $platform } בוצעו { $done } מתוך { $total }. השאר יכול לחכות: אפשר לחזור לשלב "{ -step-profiles }" מתי שנוח.
profiles-item-position = פריט { $number } מתוך { $total } ב-{ $platform } · { $kind }
profiles-kind-privacy = { -privacy-review }
profiles-kind-profile = פרופיל מלא
profiles-item-question = מה עם הפריט הזה?
profiles-choice-done = בוצע
profiles-choice-later = אחר כך
profiles-choice-not-for-me = לא בשבילי
profiles-choice-previous = חזרה לפריט הקודם
profiles-choice-stop = לסיים עם { $platform } בינתיים
profiles-privacy-help = על פריטי פרטיות אי אפשר לענות "לא בשבילי": הם שם כדי להגן על הפרטיות שלך. אם אחד מהם באמת לא רלוונטי בשבילך, אפשר לבחור "לא רלוונטי בשבילי" ולכתוב למה
profiles-choice-not-applicable = לא רלוונטי בשבילי
profiles-not-applicable-question = למה זה לא רלוונטי בשבילך? שורה קצרה אחת מספיקה.
profiles-not-applicable-help = למשל: אין לי דף לנהל. Enter בשורה ריקה מחזיר אחורה
profiles-not-applicable-saved = נרשם, עם הסיבה שלך. זה נחשב כבוצע.
profiles-story-title = לפני בדיקת הפרטיות, סיפור קצר

next-today = מה הספקנו היום
next-tomorrow = כדי להמשיך, יש להריץ שוב את drempel. נמשיך בדיוק מהנקודה שבה עצרנו.
today-welcomed = היכרות קצרה
today-strategy = האסטרטגיה הוגדרה
today-items-done = { $count ->
        [one] פריט אחד בפרופיל סומן כבוצע
        [two] שני פריטים בפרופיל סומנו כבוצעים
       *[other] סומנו { $count } פריטים בפרופיל כבוצעים
    }
today-items-later = { $count ->
        [one] פריט אחד נשמר לרשימה של אחר כך
        [two] שני פריטים נשמרו לרשימה של אחר כך
       *[other] נשמרו { $count } פריטים לרשימה של אחר כך
    }
today-items-not-applicable = { $count ->
        [one] פריט אחד סומן כלא רלוונטי, עם הסיבה שלך
        [two] שני פריטים סומנו כלא רלוונטיים, עם הסיבות שלך
       *[other] סומנו { $count } פריטים כלא רלוונטיים, עם הסיבות שלך
    }
today-drafts = { $count ->
        [one] נכתבה טיוטה אחת לטקסט בפרופיל
        [two] נכתבו שתי טיוטות לטקסטים בפרופיל
       *[other] נכתבו { $count } טיוטות לטקסטים בפרופיל
    }
profiles-draft-question = אפשר להקליד את זה כאן קודם, ואספור את התווים כמו ב-{ $platform }:
profiles-draft-help = נספר כמו ב-{ $platform }, עד { $limit } תווים; Enter לדילוג
profiles-draft-too-long = יש כאן { $used } תווים מתוך { $limit }: { $over } יותר מדי. צריך לקצר קצת.
profiles-draft-saved = יש כאן { $used } תווים מתוך { $limit }: זה נכנס. שמרתי את זה כאן בשבילך; עכשיו אפשר להעתיק את זה ל-{ $platform }.
wizard-communities-places = מקומות שכדאי לבדוק, לפי המטרות שלך ומילות המפתח שלך:
wizard-communities-question = אפשר לפתוח אחד מהם בדפדפן ולהסתכל מסביב. הצטרפת לאחד מהם?
wizard-communities-joined-this = הצטרפתי ל{ -community }: { $name }
wizard-communities-another = הצטרפתי ל{ -community } אחרת
wizard-communities-not-yet = עוד לא: אבדוק אחר כך
wizard-communities-name = איך קוראים ל{ -community }?
wizard-communities-platform = באיזו פלטפורמה?
wizard-communities-url = מה הכתובת שלה ברשת?
wizard-communities-more-question = להצטרף לעוד אחת?
wizard-communities-enough = זה מספיק להיום
wizard-communities-more = כן, עוד אחת
today-communities = { $count ->
        [one] הצטרפות ל{ -community }
       *[other] הצטרפות ל-{ $count } { -communities }
    }
wizard-policy-heading = { -house-rules } של הארגון שלך
wizard-policy-intro = כמה פרטים על מקום העבודה שלך, כדי ש-drempel יוכל לבדוק את התגובה הראשונה כמו שהארגון היה בודק אותה. אם משהו לא ברור, כדאי לשאול את צוות התקשורת. אפשר לחזור לשלב הזה ולשנות כל פרט גם אחר כך.
wizard-policy-employer = מה שם מקום העבודה, כמו שאנשים כותבים אותו?
wizard-policy-products = על אילו מוצרים או שירותים שלו אנשים מדברים?
wizard-policy-list-help = מופרדים בפסיקים; Enter לדילוג
wizard-policy-disclosure = איך מציינים שזה מקום העבודה שלך, כשמשבחים משהו שלו?
wizard-policy-disclosure-help = האשטג, או משפט קצר כמו "גילוי נאות: זה מקום העבודה שלי"
wizard-policy-disclosure-needed = נרשם שם של מקום עבודה, אז צריך גם לכתוב איך מציינים שזה מקום העבודה שלך: למשל "גילוי נאות: זה מקום העבודה שלי".
wizard-policy-confidential = אילו נושאים או שמות אסור לפרסם?
wizard-policy-confidential-help = שמות של פרויקטים, לקוחות, נתונים שעוד לא פורסמו; מופרדים בפסיקים
wizard-policy-dos = מה כן: { $count ->
        [one] כלל אחד
        [two] שני כללים
       *[other] { $count } כללים
    }
wizard-policy-donts = מה לא: { $count ->
        [one] כלל אחד
        [two] שני כללים
       *[other] { $count } כללים
    }
wizard-editor-help = Enter פותח את העורך; אחרי שמירה וסגירה חוזרים לכאן
comment-target-question = על מה נגיב?
comment-target-community = דיון ב{ -community } "{ $name }" ב-{ $platform }
comment-target-elsewhere = משהו אחר שמצאתי
comment-target-item = { $title } ({ $source })
comment-platform-question = איפה התגובה תפורסם?
comment-approach-question-prompt = איך נגיב?
comment-approach-experience = להוסיף ניסיון אישי: מה קרה כשניסיתי את זה
comment-approach-question = לשאול שאלה טובה: דבר אחד שמעניין אותי לדעת
comment-approach-resource = לשתף מקור שימושי, ולהסביר למה הוא עוזר
comment-approach-thanks = להודות על הפוסט ולהרחיב את המחשבה בנקודה אחת משלי
comment-write-question = איך נכתוב אותה?
comment-write-here = להקליד כאן (פסקה אחת)
comment-write-editor = בעורך שלי (לטקסט ארוך יותר)
comment-draft-prompt = התגובה שלך:
comment-empty = בתגובה ריקה עוד אין מה לבדוק. שניים-שלושה משפטים זה בדיוק מספיק.
comment-revise = לערוך את הטיוטה
comment-keep-on-purpose = להשאיר בכל זאת, ולכתוב למה
comment-fix-errors = כדאי לשנות את התגובה עד ששום דבר בה לא מסומן "שגיאה": היא נבדקת מחדש בכל פעם. אם משהו שמסומן "שגיאה" נכון כמו שהוא, אפשר לבחור "{ $keep }".
comment-errors-question = הבדיקה מצאה משהו לתקן. מה עכשיו?
comment-keep-which = איזה ממצא נכון כמו שהוא?
comment-keep-reason = למה זה נכון כאן?
comment-keep-reason-needed = סיבה קצרה מספיקה, בשבילך ובשביל הקואץ׳.
wizard-check-read = לקריאה: "{ $title }", השיעור של שלב { $number }.
comment-passed = אין שגיאות: התגובה מוכנה ל-{ $platform }. עכשיו הפרסום בידיים שלך: להעתיק, להדביק וללחוץ על הכפתור.
comment-posted-question = התגובה פורסמה?
comment-posted = כן: אדביק את הכתובת של התגובה
comment-post-later = עוד לא: אפרסם אחר כך (הטיוטה נשמרה)
comment-saved-for-later = הטיוטה נשמרה. כשיתאים לפרסם אותה, אפשר לחזור לשלב "{ -step-comment }": הטיוטה תחכה שם.
comment-url = מה הכתובת של התגובה (או של הפוסט שהיא מופיעה מתחתיו)?
comment-url-help = ברוב הפלטפורמות: שלוש הנקודות ליד התגובה, ואז "העתקת קישור" או "Copy link"
comment-recorded = נרשם. התגובה שלך באוויר: זו השתתפות אמיתית בשיח. כל הכבוד!
comment-accept-needs-draft = --accept שומר ממצא של הבדיקה, ולכן הוא צריך את הטיוטה: יש להוסיף --draft FILE.
comment-recorded-at = התגובה שלך ב-{ $platform } נרשמה: { $url }
comment-unchecked = התגובה שלך באוויר, והיא ברשימה שלך. כדי שהתגובה תיחשב בסולם (שלב { -rung-critic }), drempel צריך גם את המילים שפורסמו, בדוקות ובלי שגיאות: יש לשמור אותן בקובץ טקסט ולרשום את התגובה שוב עם --draft FILE.
comment-had-errors = התגובה שלך באוויר, והיא ברשימה שלך. כדי שתגובה תיחשב בסולם (שלב { -rung-critic }), המילים שלה צריכות לעבור את הבדיקה, והבדיקה מצאה בהן { $errors ->
        [one] שגיאה אחת
        [two] שתי שגיאות
       *[other] { $errors } שגיאות
    }. אפשר לתקן אותן באתר או לכתוב תגובה חדשה; לבדוק את המילים עם drempel check FILE, ואז לרשום את התגובה שוב עם --draft FILE. אפשר להשאיר שגיאה שנכונה כמו שהיא עם --accept RULE=REASON.
comment-unknown-item = "{ $item }" אינו פריט שסומן "{ -decision-respond }". אפשר לבדוק ב-drempel inbox, או להריץ drempel comment בלי פריט.
reading-nothing-new = עוד אין משהו חדש לקרוא. כדאי לחזור לשלב "{ -step-monitoring }" ולסרוק את ה{ -feeds }; ואז לחזור לכאן.
reading-position = פריט { $number } מתוך { $total }
reading-question = מה מגיע לפריט הזה?
reading-help = מעניין את הקהל שלך? דורש פעולה?
reading-stop = לעצור את הקריאה בינתיים
reading-note = הערה לעצמך?
reading-matched = נמצא לפי: { $keywords }
reading-summary = { $decided ->
        [one] הפעם התקבלה החלטה על פריט אחד
        [two] הפעם התקבלו החלטות על שני פריטים
       *[other] הפעם התקבלו החלטות על { $decided } פריטים
    }; בסך הכול נשמרו { $kept } מתוך { $total }. וזה בסדר גמור: מספיק לשמור מעטים ולדלג על רובם.
triage-needs-decision = צריך לציין מה מגיע לפריט, למשל: drempel triage ITEM --decision later (skip, later, blog, newsletter, respond, share).
triage-decided = { $decision }: { $title }
triage-changed = (קודם נבחר: { $previous })
triage-respond-next = אפשר להגיב עכשיו: drempel comment { $id }
monitoring-keywords-question = אחרי אילו { -keywords } נעקוב?
monitoring-keywords-help = הצעות לפי המטרות שלך
monitoring-own-keyword = { -keyword } משלך? (Enter בסיום)
monitoring-own-keyword-help = מילים, "ביטוי מדויק", -החרגה, OR, site:example.org
monitoring-keywords-summary = { $count ->
        [one] במעקב: { -keyword } אחת.
       *[other] במעקב: { $count } { -keywords }.
    } { $need } או יותר הן התחלה טובה.
monitoring-source-question = איפה drempel יחפש אותן?
monitoring-source-help = אפשר לחזור לשלב הזה ולהוסיף עוד מתי שנוח
monitoring-source-practice = פידי התרגול שמגיעים עם drempel (עובדים גם בלי אינטרנט)
monitoring-source-alert = התראה של Google Alerts, שנשלחת כ-RSS
monitoring-source-news = חיפוש בחדשות לפי { -keyword }
monitoring-source-website = כתובת של בלוג או של אתר
monitoring-source-enough = { $count ->
        [one] ה{ -feed } הזה מספיק: לסרוק אותו עכשיו
       *[other] { $count } ה{ -feeds } האלה מספיקים: לסרוק אותם עכשיו
    }
monitoring-practice-added = פידי התרגול נוספו: חדשות מציאותיות על עבודה, גיוס ורשתות חברתיות.
monitoring-news-query = מה לחפש בחדשות?
monitoring-news-query-needed = יש להקליד את המילים לחיפוש בחדשות, למשל: מיתוג מעסיק
monitoring-alert-steps = בדפדפן: לפתוח את Google Alerts, להקליד את מילת המפתח, ללחוץ על הצגת האפשרויות ("Show options"), לבחור ב-"Deliver to" את "RSS feed", ליצור את ההתראה, ואז להעתיק את קישור ה-RSS שלידה.
monitoring-website-steps = בבלוג או באתר, לחפש קישור בשם RSS או Feed, ולהעתיק את הכתובת שלו מהדפדפן. כתובת של דף אינטרנט רגיל לא תעבוד כאן: צריך את ה{ -feed } עצמו.
monitoring-address = להדביק את הכתובת (Enter לדילוג)
monitoring-address-help = היא מתחילה ב-https://
monitoring-feeds-more-question = להוסיף עוד מקור?
monitoring-feeds-scan-now = לא, לסרוק עכשיו
monitoring-feeds-more = כן, עוד אחד
monitoring-scanning = מחפשים את מילות המפתח שלך ב{ -feeds }…
monitoring-no-keywords = עוד אין { -keywords } במעקב, ולכן אין מה למצוא. אפשר לחזור לשלב הזה ולבחור כמה, או להקליד משלך: { $need } הן התחלה טובה.
monitoring-not-a-feed = הכתובת הזאת אינה { -feed } שאפשר לקרוא. כדאי לחפש באתר קישור בשם RSS או Feed, ולהוסיף את הכתובת שלו.
monitoring-scan-more = …ועוד { $more }: כולם יופיעו בשלב הבא, "{ -step-reading }".
monitoring-scan-next = { $waiting ->
        [one] פריט אחד מחכה לך
        [two] שני פריטים מחכים לך
       *[other] מחכים לך { $waiting } פריטים
    }. בשלב הבא, "{ -step-reading }", מחליטים מה מגיע לכל אחד מהם.
monitoring-no-network = אף אחד מה{ -feeds } לא נקרא (בכל שורה למעלה כתוב למה). אולי אין כאן רשת. בינתיים נתרגל עם פידי התרגול שמגיעים עם drempel; ה{ -feeds } שלך נשארים ברשימה.
today-keywords = { $count ->
        [one] נבחרה { -keyword } אחת למעקב
       *[other] נבחרו { $count } { -keywords } למעקב
    }
today-feeds = { $count ->
        [one] נוסף { -feed } אחד
       *[other] נוספו { $count } { -feeds }
    }
today-scans = ה{ -feeds } נסרקו
today-triaged = { $count ->
        [one] התקבלה החלטה על פריט אחד
        [two] התקבלו החלטות על שני פריטים
       *[other] התקבלו החלטות על { $count } פריטים
    }
today-comment = התגובה הראשונה פורסמה, ונרשם איפה היא נמצאת
comment-approach-tip-experience = טיפ: דבר אחד מוחשי שקרה, ומה הלקח ממנו.
comment-approach-tip-question = טיפ: תודה בשורה אחת, ואז שאלה אחת שהתשובה עליה באמת מעניינת אותך.
comment-approach-tip-resource = טיפ: לציין את המקור, להסביר במשפט אחד למה הוא עוזר, ואז להוסיף את הקישור.
comment-approach-tip-thanks = טיפ: מה תפס את העין שלך, ואז נקודה אחת משלך.
