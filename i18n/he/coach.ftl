# ליווי וימי הדרכה: הערות ותוכניות של הקואץ׳, דוח, ייצוא, קבוצה (cohort).

## coach

coach-note-saved = ההערה נשמרה ביומן. היא נשארת פרטית: הייצוא לא כולל אותה, אלא אם בוחרים לכלול בו טיוטות.
coach-plan-saved = התוכנית נשמרה. היא תופיע ב-`drempel progress` עד שתסומן כבוצעה עם `drempel coach done NUMBER`.
coach-empty = הטקסט ריק. כותבים את ההערה או התוכנית אחרי הפקודה, למשל: drempel coach plan "לכתוב תגובה ראשונה" --due 2026-03-01
coach-error-bad-date = התאריך "{ $text }" לא מובן ל-drempel. יש לכתוב אותו בפורמט YYYY-MM-DD, למשל 2026-03-01.
coach-error-bad-number = הערך "{ $text }" אינו מספר של תוכנית. מספר התוכנית הוא המספר שמופיע לפניה ב-`drempel coach list`: 1, 2, 3…
coach-due-in-past = תאריך היעד { $date } כבר עבר. התוכנית נשמרה בכל זאת.
coach-due = עד { $date }
coach-set-on = סוכם ב-{ $date }
coach-done-on = בוצע ב-{ $date }
coach-no-such-plan = אין תוכנית מספר { $number }. { $count ->
        [0] עוד אין תוכניות; אפשר להוסיף אחת עם: drempel coach plan TEXT
        [one] יש תוכנית אחת: מספר 1.
       *[other] יש לבחור מספר בין 1 ל-{ $count }, לפי הסדר ב-`drempel coach list`.
    }
coach-plan-closed = ✓ בוצע: { $text }
coach-plan-already-done = התוכנית הזאת כבר סומנה כבוצעה: { $text }
coach-list-empty = עוד אין הערות או תוכניות של קואץ׳. אפשר להוסיף עם: drempel coach note TEXT, או drempel coach plan TEXT --due YYYY-MM-DD
coach-list-hint = כדי לסמן תוכנית כבוצעה: drempel coach done NUMBER (עם undo NUMBER היא נפתחת שוב, ועם remove NUMBER היא יורדת מהרשימה)
progress-from-coach = מהקואץ׳ שלך

## report

report-title = המסע של { $name }
report-rung = השלב בסולם עכשיו:
report-contributor = היעד הושג: שלב { -rung-critic } בסולם, או גבוה ממנו
report-next = הצעד הבא:
report-period = התחלה: { $started }. פעילות אחרונה: { $last }.
report-period-none = עוד אין כלום ביומן.
report-ladder = ה{ -ladder }
report-timeline = לאורך הזמן
report-no-movement = השלב בסולם עוד לא השתנה.
report-steps = שלבי המסע
report-strategy = { -step-strategy }
report-checklists = הצ׳ק-ליסטים של הפרופילים
report-not-applicable = לא רלוונטי, עם הסיבה שנכתבה:
report-monitoring = { -step-monitoring }
report-monitoring-counts = { $keywords ->
        [one] { -keyword } אחת
        [two] שתי { -keywords }
       *[other] { $keywords } { -keywords }
    }, { $feeds ->
        [one] { -feed } אחד
        [two] שני { -feeds }
       *[other] { $feeds } { -feeds }
    }, { $scans ->
        [one] סריקה אחת
        [two] שתי סריקות
       *[other] { $scans } סריקות
    }.
report-keyword = { -keyword }
report-feed = { -feed }
report-triage = { -step-reading }
report-triage-counts = התקבלה החלטה על { $total } פריטים; { $kept } מהם נשמרו להמשך.
report-communities = { -step-communities }
report-comments = תגובות
report-posts = פוסטים, דיונים ופוסטים בבלוג
report-plans = תוכניות
report-notes = הערות
report-none = עוד אין.
report-yes = כן
report-no = לא
report-col-rung = שלב בסולם
report-col-reached = הושג לראשונה
report-col-now = נכון לעכשיו
report-col-step = שלב
report-col-done = בוצע
report-col-first-done = הושלם לראשונה
report-col-done-now = הושלם נכון לעכשיו
report-col-platform = פלטפורמה
report-col-decision = החלטה
report-col-count = פריטים
report-generated = נוצר על ידי drempel ב-{ $at }.
report-written = נכתב אל { $path }.
report-decision-skip = { -decision-skip }
report-decision-later = { -decision-later }
report-decision-blog = { -decision-blog }
report-decision-newsletter = { -decision-newsletter }
report-decision-respond = { -decision-respond }
report-decision-share = { -decision-share }
report-from-export = נוצר מקובץ הייצוא מ-{ $at } (drempel { $drempel }).
report-from-bad = אי אפשר לקרוא את { $path } כקובץ ייצוא של drempel, כי { $reason }.
report-plans-overdue = תוכניות ({ $overdue } באיחור)
report-no-plans = עוד אין תוכניות. כדאי לסכם על צעד הבא, עם תאריך.
report-overdue = באיחור
report-plan-learner = תוכנית אישית
report-plan-coach = בהסכמה עם הקואץ׳
report-plan-made-on = נקבע ב-{ $date }
report-why-title = למה, ובשביל מי
report-why = למה:
report-not-given = עוד לא נכתב
report-left-out = לא נכלל בייצוא הזה (אפשר לכלול אותו עם drempel export --include-drafts)
report-no-platforms = עוד לא נבחרה פלטפורמה.
report-open-items = עוד פתוחים:
report-privacy = פרטיות
report-open-postponed = נדחה לאחר כך
report-open-declined = סומן "לא בשבילי", אבל על פריט פרטיות אי אפשר לדלג
report-counted = נספרה: נבדקה בלי שגיאות
report-not-counted-errors = לא נספרה: בבדיקה { $errors ->
        [one] נמצאה שגיאה אחת
        [two] נמצאו שתי שגיאות
       *[other] נמצאו { $errors } שגיאות
    }
report-not-counted-unchecked = לא נספרה: היא לא נבדקה לפני הפרסום
report-kept = נשמרו להמשך
report-note = הערה:
report-kept-left-out = הייצוא הזה לא כולל את הפריטים שנשמרו להמשך; אפשר לכלול אותם עם drempel export --include-drafts.
report-monitoring-left-out = מילות המפתח וכתובות הפידים לא נכללו בייצוא הזה; אפשר לכלול אותן עם drempel export --include-drafts.

## תמונות

svg-ladder-title = ה{ -ladder }: עכשיו בשלב { $rung }
svg-timeline-title = השלב בסולם לאורך הזמן
svg-not-yet = עוד לא
svg-you-are-here = עכשיו

## export

export-summary-title = מה נכנס לייצוא הזה:
export-no-name = בלי שם (לא נכתב שם בשלב הפתיחה)
export-summary-name = השם שלך: { $name }
export-summary-role = התפקיד ומקום העבודה שלך: { $role }
export-summary-rung = השלב שלך בסולם, { $rung }, ומתי הושג כל אחד מהשלבים שהושגו ({ $reached })
export-summary-steps = אילו שלבים הושלמו ({ $done } מתוך { $total }) ומתי
export-summary-counts = מספרים: פריטי פרופיל שבוצעו ({ $items }), { -keywords } ({ $keywords }), { -feeds } ({ $feeds }), סריקות ({ $scans }), פריטים שנקראו ({ $triaged })
export-summary-public = מה שכבר גלוי לציבור: { -communities } ({ $communities }), כתובות של תגובות ({ $comments }), כתובות של פוסטים ({ $posts })
export-summary-plans = { $plans ->
        [one] תוכנית אחת: שלך, או כזאת שסוכמה עם הקואץ׳
        [two] שתי תוכניות: שלך, ואלה שסוכמו עם הקואץ׳
       *[other] { $plans } תוכניות: שלך, ואלה שסוכמו עם הקואץ׳
    }
export-summary-private = לפי הבקשה שלך: טיוטות ({ $drafts }), הערות ({ $notes }), פריטים שנשמרו להמשך ({ $kept }), מילות המפתח וכתובות הפידים שלך, קהל היעד וה"למה" שלך
export-summary-left-out = לא נכללים: טיוטות, ההערות שלך, ההערות של הקואץ׳, הפריטים שנשמרו להמשך, מילות המפתח וכתובות הפידים שלך, קהל היעד וה"למה" שלך. כדי לכלול אותם, אפשר להוסיף --include-drafts.
export-question = לכתוב את זה אל { $path }?
export-cancelled = שום דבר לא נכתב.
export-written = נכתב אל { $path }. את הקובץ הזה מוסרים לקואץ׳ או למנחה.

## cohort

cohort-title = הקבוצה במבט אחד
cohort-headline = { $learners ->
        [one] לומד אחד
        [two] שני לומדים
       *[other] { $learners } לומדים
    }, מתוכם { $contributors } בשלב { -rung-critic } בסולם או גבוה ממנו.
cohort-rungs = איפה כל אחד נמצא בסולם
cohort-funnel = שלבים שהושלמו
cohort-stuck = איפה נתקעים בדרך לשלב { -rung-critic } (הדבר הראשון שחסר)
cohort-stuck-none = אף אחד לא תקוע בדרך לשלב { -rung-critic }.
cohort-file = קובץ { $number } מתוך { $total }
cohort-moved-up = עלו בסולם מאז { $since }: { $up } מתוך { $learners } (נשארו במקום: { $stayed }, ירדו: { $down }).
cohort-by-day = שלבים בסולם שהושגו בכל יום
cohort-people = לפי אדם
cohort-col-learners = לומדים
cohort-col-missing = מה חסר
cohort-col-move = מאיפה לאן
cohort-col-date = תאריך
cohort-col-name = שם
cohort-col-steps = שלבים
cohort-col-before = לפני { $since }
cohort-moved-from = ↑ משלב { $rung }
cohort-dropped-from = ↓ משלב { $rung }
cohort-skipped = { $count ->
        [one] { $count } קובץ דולג
        [two] שני קבצים דולגו
       *[other] { $count } קבצים דולגו
    }
cohort-skipped-one = דילגנו על { $file }: { $reason }
cohort-skip-missing = אין קובץ או תיקייה כאלה
cohort-skip-unreadable = לא ניתן לקרוא אותו ({ $reason })
cohort-skip-too-large = הוא בגודל { $megabytes } MB, הרבה יותר מדי בשביל ייצוא
cohort-skip-empty = הוא ריק
cohort-skip-cut-off = הוא קטוע: כדאי לבקש את הייצוא שוב
cohort-skip-not-json = הוא אינו קובץ ייצוא: זה לא JSON ({ $reason })
cohort-skip-foreign = הוא אינו ייצוא של drempel
cohort-skip-foreign-format = הוא אינו ייצוא של drempel (הפורמט שלו: "{ $format }")
cohort-skip-newer = הוא מגרסה חדשה יותר של drempel (גרסת ייצוא { $version }; הגרסה הזאת קוראת עד { $supported }): כדי לכלול אותו צריך לעדכן את drempel
cohort-skip-damaged = זה ייצוא של drempel, אבל הוא פגום: { $reason }
cohort-skip-duplicate = יש ייצוא חדש יותר של אותו לומד: קובץ { $newer }
cohort-no-version = אין בו גרסת ייצוא
cohort-nothing-found = לא נמצאו קובצי ייצוא ב-{ $paths }. יש לציין את קובצי הייצוא, או את התיקייה שבה הם נאספו.
cohort-none-readable = אף אחד מהקבצים לא נקרא כייצוא; הפרטים ברשימה למעלה.
cohort-evidence-welcome = הפתיחה
cohort-evidence-strategy = האסטרטגיה
cohort-evidence-profile-complete = פרופיל מלא, כולל { -privacy-review }
cohort-evidence-community = הצטרפות ל{ -community }
cohort-evidence-keywords = מספיק { -keywords }
cohort-evidence-feed = { -feed } למעקב
cohort-evidence-scan = סריקה ראשונה
cohort-evidence-triaged = מספיק פריטים שנקראו והתקבלה לגביהם החלטה
cohort-evidence-kept = פריט שנשמר להמשך
cohort-evidence-checked-comment = תגובה שנבדקה, פורסמה ונרשמה
cohort-evidence-own-post = פוסט אישי

## ייצוא שהנתונים בו לא יכולים להיות נכונים (issue 13)

cohort-skip-invalid = זה ייצוא של drempel, אבל הנתונים בו לא יכולים להיות נכונים: { $reason }. הוא לא נכלל, כדי שלא יעוות את הנתונים של הקבוצה; כדאי לבקש את הייצוא שוב
cohort-invalid-future = הערך של { $field } הוא { $at }, כלומר בעתיד (השעון במחשב שממנו הקובץ הגיע מכוון נכון?)
cohort-invalid-after-export = הערך של { $field } הוא { $at }, אחרי שהייצוא עצמו נוצר ({ $generated })
cohort-invalid-before-start = הערך של { $field } הוא { $at }, לפני שהמסע התחיל ({ $start })
cohort-invalid-too-many-steps = רשומים בו { $count } שלבים, ובמסע יש { $max }
cohort-invalid-repeated-step = השלב "{ $step }" רשום בו פעמיים
cohort-invalid-too-many-rungs = בציר הזמן שלו רשומים { $count } שלבים בסולם, ובסולם יש { $max }
cohort-invalid-repeated-rung = בציר הזמן שלו השלב { $rung } רשום פעמיים
cohort-invalid-never-reached = השלב { $rung } בסולם מסומן כנוכחי, אבל לא נרשם שהגיעו אליו אף פעם
cohort-invalid-steps-done = לפי הייצוא { $claimed } שלבים הושלמו, ורשימת השלבים שלו מראה { $listed }
cohort-invalid-done-over-total = ב-{ $platform } נספרו { $done } פריטי פרופיל שבוצעו מתוך { $total }
cohort-invalid-count = הערך של { $field } הוא { $value }, יותר ממה שמישהו יכול להגיע אליו
cohort-invalid-evidence = ההוכחה החסרה "{ $evidence }" לא מוכרת ל-drempel
cohort-invalid-name = השם של הלומד באורך { $count } תווים
