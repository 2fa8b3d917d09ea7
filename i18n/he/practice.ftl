# אחרי היום הראשון: מפגש התרגול, עלייה בסולם, מה נעשה היום ובשבוע האחרון, וימים
# כמו שאומרים אותם.

## עלייה בסולם: ההודעה מוסיפה מה השלב החדש אומר על הלומד

rung-meaning-spectator = ברור לך מה הארגון שלך רוצה ברשת, ובשביל מי.
rung-meaning-joiner = הפרופיל שלך מלא ובטוח, והצטרפת ל{ -community }.
rung-meaning-collector = יש לך { -keywords } במעקב, ועל כל פריט שמגיע מחליטים מה מגיע לו.
rung-meaning-critic = המילים שלך עומדות באתר: יש לך קול בשיחה. זה היה היעד של המסע.
rung-meaning-creator = התחלת משהו משלך: עכשיו אחרים מגיבים לך.

## מה נעשה היום ובשבעת הימים האחרונים

recap-week = בשבעת הימים האחרונים
recap-scans = { $count ->
        [one] ה{ -feeds } נסרקו פעם אחת
        [two] ה{ -feeds } נסרקו פעמיים
       *[other] ה{ -feeds } נסרקו { $count } פעמים
    }
recap-comments = { $count ->
        [one] פורסמה תגובה, ונרשם איפה היא נמצאת
        [two] פורסמו שתי תגובות, ונרשם איפה הן נמצאות
       *[other] פורסמו { $count } תגובות, ונרשם איפה הן נמצאות
    }
recap-comments-more = { $count ->
        [one] פורסמה עוד תגובה
        [two] פורסמו עוד שתי תגובות
       *[other] פורסמו עוד { $count } תגובות
    }
recap-visits = { $count ->
        [one] ביקור ב{ -community }
       *[other] { $count } ביקורים ב{ -communities } שלך
    }
recap-plans-made = { $count ->
        [one] נקבעה תוכנית
        [two] נקבעו שתי תוכניות
       *[other] נקבעו { $count } תוכניות
    }
recap-plans-done = { $count ->
        [one] תוכנית סומנה כבוצעה
        [two] שתי תוכניות סומנו כבוצעות
       *[other] { $count } תוכניות סומנו כבוצעות
    }

## תאריכים במילים: "12 בדצמבר", "20 בינואר 2027"

date-month = { $month ->
        [1] ינואר
        [2] פברואר
        [3] מרץ
        [4] אפריל
        [5] מאי
        [6] יוני
        [7] יולי
        [8] אוגוסט
        [9] ספטמבר
        [10] אוקטובר
        [11] נובמבר
       *[12] דצמבר
    }
date-day-month = { $day } ב{ $month }
date-day-month-year = { $day } ב{ $month } { $year }

## מפגש התרגול

practice-part-scan = להסתכל מה הגיע
practice-part-decide = להחליט מה מגיע לכל פריט
practice-part-respond = להגיב פעם אחת
practice-part-plan = התוכנית שלך
practice-welcome-named = טוב לראות אותך שוב, { $name }.
practice-welcome = טוב לראות אותך שוב.
practice-since = { $when ->
        [today] מאז הפעם הקודמת היום
        [yesterday] מאז אתמול
        [weekday] מאז { $day }
       *[date] מאז { $day }
    }: { $count ->
        [0] עוד אין שום דבר חדש
        [one] פריט חדש אחד
        [two] שני פריטים חדשים
       *[other] { $count } פריטים חדשים
    }.
practice-since-first = { $count ->
        [0] עוד אין שום דבר חדש.
        [one] פריט חדש אחד.
        [two] שני פריטים חדשים.
       *[other] { $count } פריטים חדשים.
    }
practice-plan-none = עוד אין לך תוכנית עם תאריך: נקבע אחת בסוף.
practice-plan-due = התוכנית שלך: { $plan }, { $when ->
        [today] עד סוף היום
        [tomorrow] עד מחר
        [yesterday] עד אתמול
        [weekday] עד { $day }
       *[date] עד { $day }
    }.
practice-plan-overdue = התוכנית שלך: { $plan }. התאריך שנקבע לה היה { $when ->
        [today] היום
        [yesterday] אתמול
        [weekday] { $day }
       *[date] { $day }
    }: עדיין לא מאוחר מדי.
practice-plan-every = התוכנית שלך: { $plan }, כל { $day }.
practice-plan = התוכנית שלך: { $plan }.
practice-intro = עשר דקות: להסתכל מה הגיע, להחליט, להגיב פעם אחת ולהציץ בתוכנית שלך. אפשר לדלג על כל חלק; Esc עוצר להפסקה.
practice-resume = עצרנו באמצע: { $part }. נמשיך משם.
practice-orientation = תרגול · { $number } מתוך { $total }: { $part } · בסולם: { $rung }
practice-skip = לא הפעם
practice-leave = זהו להיום
practice-scan-question = להסתכל מה הגיע מאז?
practice-scan-go = כן, להסתכל עכשיו
practice-scan-found = { $count ->
        [0] הפעם לא הגיע שום דבר חדש. זה קורה: מה שמחכה עדיין כאן.
        [one] הגיע פריט חדש אחד.
        [two] הגיעו שני פריטים חדשים.
       *[other] הגיעו { $count } פריטים חדשים.
    }
practice-nothing-waiting = אין פריטים שמחכים להחלטה. הכול מסודר!
practice-decide-question = { $count ->
        [one] פריט אחד מחכה
        [two] שני פריטים מחכים
       *[other] { $count } פריטים מחכים
    } להחלטה שלך. לעבור עליהם? אפשר לעצור אחרי כל אחד.
practice-decide-go = כן, אחד אחד
practice-respond-question = להגיב פעם אחת היום? מספיקה תגובה קצרה למשהו שקראת, או ב{ -community } שלך.
practice-respond-go = כן, לכתוב תגובה
practice-plan-question = { $plan } לשנות משהו?
practice-plan-question-none = אין לך תוכנית עם תאריך. לקבוע אחת עכשיו? דבר קטן אחד, עד יום שנוח לך.
practice-plan-go = כן, לעדכן את התוכנית
practice-plan-how = מה השתנה?
practice-plan-done = זה בוצע: לסמן כבוצע
practice-plan-new-date = צריך תאריך חדש
practice-plan-new = לקבוע תוכנית חדשה
practice-plan-marked-done = סומן כבוצע: { $plan }. כל הכבוד: בשביל זה בדיוק יש הרגל.
practice-plan-next-question = מה הלאה? תוכנית חדשה שומרת על התנופה.
practice-plan-later = אחר כך
practice-plan-text-help = דבר קטן ומוחשי אחד: לפתוח דיון, לכתוב פוסט קצר, לשאול שאלה
practice-plan-saved = נשמר. { $plan }
practice-next = הצעד הבא: { $action }
practice-bye = נתראה בפעם הבאה: אפשר להריץ שוב את drempel בכל פעם שיש עשר דקות.
