## קהילות ופוסטים משלך

communities-missing-goal = אין מקומות למטרה "{ $goal }"
communities-why-goal = למטרה שלך: { $goal }
communities-why-keyword = לפי { -keyword } שלך: "{ $keyword }"
communities-xing-no-groups = XING סגרה את הקבוצות שלה בינואר 2023, ולכן אין קבוצת XING להצטרף אליה. האנשים שלך נמצאים בפלטפורמה אחרת? אפשר לרשום את ההצטרפות עם השם של הפלטפורמה ההיא.
communities-bad-hashtag = "{ $tag }" לא יכול להיות האשטג: רק אותיות וספרות, בלי רווחים ובלי סימני פיסוק
communities-xing-key = XING סגרה את הקבוצות שלה בינואר 2023: יש למחוק את הרשימה "xing". שאר הקובץ עדיין עובד.
communities-linkedin-search = קבוצות LinkedIn בנושא "{ $search }"
communities-elsewhere = במקום אחר
communities-no-strategy = כדי לקבל הצעות שמתאימות לך, כדאי להגדיר קודם אסטרטגיה: drempel strategy set --goal GOAL
communities-suggest-hint = הצטרפת לאחת? אפשר לרשום אותה: drempel groups add NAME --platform PLATFORM --url URL
communities-name-needed = צריך לתת ל{ -community } שם, כמו שהיא נקראת בפלטפורמה.
communities-already = ההצטרפות ל{ -community } { $name } ב-{ $platform } כבר רשומה.
communities-joined = נרשמה הצטרפות: { $name } ב-{ $platform }.
communities-first-look = קודם כדאי להסתכל מסביב: מי עונה טוב, על מה מגיבים. אחר כך להגיב. ובהמשך, לפתוח דיון.
communities-none-joined = עוד אין { -community } שהצטרפת אליה. איפה לחפש: drempel groups suggest
communities-unknown = לא נרשמה הצטרפות ל{ -community } "{ $name }". ה{ -communities } שלך: { $joined }.
communities-visited-first = נרשם ביקור ראשון ב{ -community } { $name }. כדאי לקרוא כמה פוסטים, ולעשות לייק לאחד מהם או להגיב לו.
communities-visited-again = נרשם ביקור מספר { $count } ב{ -community } { $name } ({ $days ->
        [0] הקודם היה מוקדם יותר היום
        [one] יום אחד מאז הקודם
        [two] יומיים מאז הקודם
       *[other] { $days } ימים מאז הקודם
    }). עשר דקות בשבוע, וממשיכים להיות חלק ממנה.
communities-visits = { $count ->
        [one] ביקור אחד
        [two] שני ביקורים
       *[other] { $count } ביקורים
    }
error-bad-url = "{ $url }" אינו כתובת אינטרנט. כדאי להעתיק את הכתובת המלאה מהדפדפן, זו שמתחילה ב-https://
post-recorded = הפוסט שלך ב-{ $platform } נרשם: { $url }
rung-reached = עלייה בסולם! המקום שלך עכשיו: { $rung }
