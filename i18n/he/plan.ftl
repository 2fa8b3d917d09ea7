# תוכניות: של הלומד עצמו (drempel plan, השלב האחרון במסע המודרך) לצד אלה של הקואץ׳,
# קובץ לוח השנה, והמילים שאנשים מקלידים בשביל תאריך.
# "לוח שנה" ולא "יומן": "יומן" הוא היומן של drempel, שבו נשמר כל מה שנעשה.

## ימים ותאריכים, כמו שמקלידים וקוראים אותם
## את שמות הימים התוכנה גם קוראת כשמקלידים אותם: "יום שישי", או רק "שישי" (המילה האחרונה).

weekday-monday = יום שני
weekday-tuesday = יום שלישי
weekday-wednesday = יום רביעי
weekday-thursday = יום חמישי
weekday-friday = יום שישי
weekday-saturday = שבת
weekday-sunday = יום ראשון
date-today = היום
date-tomorrow = מחר

## drempel plan

plan-error-bad-date = התאריך "{ $text }" לא מובן ל-drempel. יש לכתוב תאריך בפורמט YYYY-MM-DD (למשל { $example }), או "היום", "מחר" או יום בשבוע, למשל "שישי".
plan-error-no-such-day = התאריך { $text } לא קיים: בחודש הזה יש { $days } ימים. כדאי לבדוק את היום ולכתוב אותו שוב בפורמט YYYY-MM-DD.
plan-error-bad-weekday = הערך "{ $text }" אינו יום בשבוע. אפשר לבחור אחד מאלה: { $days }.
plan-error-bad-number = הערך "{ $text }" אינו מספר של תוכנית. מספר התוכנית הוא המספר שמופיע לפניה ב-`drempel plan list`: 1, 2, 3…
plan-empty = התוכנית ריקה. כותבים אחרי הפקודה מה עומדים לעשות, למשל: drempel plan add "לפתוח דיון בקבוצה שלי" --due שישי
plan-too-long = בתוכנית יש { $chars } תווים; המקסימום הוא { $max }. שורה אחת שאומרת מה עומדים לעשות מספיקה.
plan-no-such-plan = אין תוכנית מספר { $number }. { $count ->
        [0] עוד אין לך תוכניות; אפשר ליצור אחת עם: drempel plan add TEXT --due DATE
        [one] יש לך תוכנית אחת: מספר 1.
       *[other] יש לבחור מספר בין 1 ל-{ $count }, לפי הסדר ב-`drempel plan list`.
    }
plan-overdue = באיחור
plan-made-on = נקבע ב-{ $date }
plan-every = כל { $day }
plan-saved = התוכנית נשמרה. היא תופיע ב-`drempel plan list` וב-`drempel progress` עד שתסומן כבוצעה עם `drempel plan done NUMBER`.
plan-step-done = שלב 8, "{ $step }", הושלם: יש לך תוכנית עם תאריך.
plan-calendar-hint = כדי להוסיף אותה ללוח השנה: drempel plan calendar --out plans.ics
plan-list-empty = עוד אין תוכניות. אפשר ליצור אחת עם: drempel plan add "לפתוח דיון בקבוצה שלי" --due שישי
plan-list-yours = התוכניות שלך
plan-list-hint = כדי לסמן תוכנית כבוצעה: drempel plan done NUMBER (עם undo NUMBER היא נפתחת שוב, ועם remove NUMBER היא יורדת מהרשימה)
plan-not-done = התוכנית הזאת לא מסומנת כבוצעה, אז אין מה לבטל: { $text }
plan-reopened = פתוחה שוב: { $text }
plan-removed = ירדה מהרשימה: { $text }
plan-calendar-nothing = עוד אין מה להכניס ללוח השנה: לאף תוכנית פתוחה אין תאריך או יום בשבוע. אפשר ליצור אחת עם: drempel plan add TEXT --due DATE, או עם --every WEEKDAY בשביל הרגל שבועי.
plan-calendar-written = נכתב אל { $path }: { $count ->
        [one] אירוע אחד
        [two] שני אירועים
       *[other] { $count } אירועים
    }. כדי להוסיף אותם, אפשר לפתוח את הקובץ ב-Outlook, ב-Google Calendar או ב-Apple Calendar.
coach-list-learner-plans = התוכניות האישיות של הלומד

## קובץ לוח השנה

calendar-name = drempel: התוכניות שלי
calendar-description-yours = התוכנית שלך, שנקבעה עם drempel.
calendar-description-coach = תוכנית שסוכמה עם הקואץ׳ שלך, רשומה ב-drempel.
calendar-habit = עשר דקות: להסתכל מה הגיע, להחליט מה מגיע לכל פריט, להגיב פעם אחת.

## drempel welcome ו-drempel feeds add --practice

welcome-cmd-saved = נעים להכיר, { $name }. עכשיו המטרות של הארגון שלך: drempel strategy set --goal GOAL
welcome-unknown-language = drempel עוד לא מדבר "{ $code }". אפשר לבחור אחת מאלה: en, nl, de, fr, he.
feeds-cmd-practice-summary = { $count ->
        [0] כבר יש לך מעקב אחרי כל פידי התרגול בשפה שלך.
        [one] נוסף { -feed } תרגול אחד. סריקה קוראת אותו גם בלי רשת: drempel --offline scan
        [two] נוספו שני פידי תרגול. סריקה קוראת אותם גם בלי רשת: drempel --offline scan
       *[other] נוספו { $count } פידי תרגול. סריקה קוראת אותם גם בלי רשת: drempel --offline scan
    }
next-profile-choose = לבחור פלטפורמה שעובדים בה ולהשלים בה את הפרופיל, כולל { -privacy-review }.

## השלב האחרון במסע המודרך: התרומה הבאה שלך, הרגל שבועי, הפגישה האישית

next-plan-question = מה התרומה הבאה שלך?
next-plan-help = תוכנית עם תאריך היא מה שגורם לדברים לקרות; אפשר לבחור באחד הרעיונות שלך, או לכתוב משהו אחר
next-plan-keep = להשאיר את התוכנית שלי: { $text } ({ $date })
next-plan-discussion = לפתוח דיון ב{ -community } { $name } ב-{ $platform }
next-plan-blog = להפוך את "{ $title }" לפוסט בבלוג
next-plan-learned = לכתוב על משהו שלמדתי: { $note }
next-plan-own = משהו אחר: אכתוב את זה בעצמי
next-plan-record-post = כבר פרסמתי משהו משלי: לרשום אותו
next-plan-not-now = לא עכשיו
next-plan-text = התוכנית שלך, בשורה אחת:
next-plan-due = עד מתי?
next-plan-due-help = תאריך כמו { $example }, או היום, מחר, או יום בשבוע, למשל שישי
next-plan-due-past = היום הזה כבר עבר. אפשר לבחור את היום או יום שעוד לא הגיע.
next-plan-saved = נשמר: התוכנית שלך, עד { $date }.
next-post-platform = איפה זה פורסם?
next-post-kind = מה כתבת?
next-post-kind-discussion = דיון שפתחתי
next-post-kind-post = פוסט
next-post-kind-blog = פוסט בבלוג
next-post-url = הכתובת של הפוסט שלך:
next-post-recorded = נרשם: הפוסט שלך ב-{ $platform }. המילים שלך עומדות באתר.
next-habit-intro = עשר דקות בשבוע שומרות על הקצב: להסתכל מה הגיע, להחליט מה מגיע לכל פריט, להגיב פעם אחת.
next-habit-question = איזה יום בשבוע מתאים לך?
next-habit-keep = להשאיר את ההרגל שלי: { $when }
next-habit-none = בינתיים בלי הרגל שבועי
next-habit-text = עשר דקות: להסתכל מה הגיע, להחליט, להגיב פעם אחת
next-habit-saved = נשמר: עשר דקות בכל { $day }.
next-calendar-question = לשמור את התוכניות שלך בקובץ שלוח השנה שלך יודע לפתוח?
next-calendar-help = Outlook, Google Calendar ו-Apple Calendar קוראים אותו
next-calendar-yes = כן, לכתוב את הקובץ ללוח השנה
next-calendar-no = לא, תודה
next-calendar-written = נכתב אל { $path }: { $count ->
        [one] אירוע אחד
        [two] שני אירועים
       *[other] { $count } אירועים
    }. אפשר לפתוח אותו כדי להוסיף אותם ללוח השנה.
next-one-on-one-question = להביא את זה לפגישה האישית הבאה, עם מי שמנהל אותך או עם הקואץ׳?
next-one-on-one-help = כשמדברים על זה, זה נעשה חלק מהעבודה ולא משהו נוסף
next-one-on-one-yes = כן
next-one-on-one-no = לא הפעם
next-one-on-one-plan = להביא את התוכנית שלי לפגישה האישית הבאה
next-export-question = לכתוב קובץ בשביל מי שמנהל אותך או בשביל הקואץ׳, עם ההתקדמות והתוכניות שלך?
next-export-help = הטיוטות וההערות שלך לא נכנסות אליו
next-export-yes = כן, לכתוב אותו
next-export-no = לא עכשיו
next-path = איפה לשמור אותו?
next-path-needed = יש לכתוב שם של קובץ, או תיקייה לשמור אותו בה.
next-path-exists = { $path } כבר קיים. כדאי לבחור שם אחר, כדי ששום דבר שלך לא יוחלף.
today-posts = { $count ->
        [one] נרשם פוסט משלך
        [two] נרשמו שני פוסטים משלך
       *[other] נרשמו { $count } פוסטים משלך
    }
