# מילות מפתח: שפת השאילתות, חבילות מילות המפתח ו-`drempel keywords`.

## שגיאות בשאילתה: מה לא תקין ומה לעשות

error-query = שאילתת מילות המפתח הזאת לא תקינה: { $message }
query-error-at = מיקום { $column }: { $message }
query-empty = השאילתה ריקה. יש להקליד לפחות מילה אחת לחיפוש, למשל: דרושים
query-unclosed-quote = המירכאות כאן לא נסגרות. יש לסגור את הביטוי במירכאות נוספות, כמו "יום פתוח"
query-empty-phrase = אין מילים בין המירכאות. אפשר לשים ביניהן ביטוי, כמו "יום פתוח", או להוריד אותן
query-lone-minus = המינוס צריך לבוא צמוד למילה שהוא מחריג, בלי רווח: -התנדבות
query-minus-twice = מספיק מינוס אחד כדי להחריג מילה: -התנדבות
query-or-at-start = המילה OR מחברת בין שתי חלופות, ולכן צריכה לבוא מילה לפניה: גיוס OR השמה
query-or-at-end = המילה OR מחברת בין שתי חלופות, ולכן צריכה לבוא מילה אחריה: גיוס OR השמה
query-or-twice = יש שני OR ברצף; כותבים OR אחד בין כל שתי חלופות: גיוס OR השמה
query-or-with-exclusion = אי אפשר לחבר ב-OR מילה מוחרגת (-מילה); את ההחרגה כותבים כחלק נפרד: גיוס OR השמה -התנדבות
query-empty-site = אחרי site: צריך לבוא דומיין, צמוד ובלי רווח: site:example.co.il
query-bad-site = הערך "{ $site }" אינו דומיין. site: מקבל דומיין כמו example.co.il, בלי https:// ובלי נתיב
query-empty-intitle = אחרי intitle: צריכים לבוא מילה או "ביטוי", צמוד ובלי רווח: intitle:דרושים
query-minus-after-operator = את המינוס שמים לפני { $operator }, לא אחריו: -{ $operator }…
query-nothing-to-match = במילה "{ $word }" אין אותיות או ספרות, אז אין מה לחפש; אפשר להוריד אותה
query-only-exclusions = השאילתה רק מחריגה מילים; צריך להוסיף לפחות מילה אחת לחיפוש: משרה -התנדבות
query-unsupported-operator = האופרטור { $operator } לא מוכר ל-drempel (הוא מכיר site: ו-intitle:); כדי לחפש אותו כטקסט, אפשר לשים אותו במירכאות

## חבילות מילות מפתח (נבדקות ב-`drempel lessons check`)

packs-unknown-goal = השם "{ $name }" אינו מטרה; קובצי חבילות נקראים על שם מטרה: { $valid }
packs-not-utf8 = הקובץ אינו טקסט UTF-8; יש לשמור אותו כ-UTF-8
packs-bad-toml = { $reason }
packs-term-count = בחבילה יש { $count } מונחים; בחבילה צריכים להיות { $min } עד { $max }
packs-bad-query = לא ניתן לפענח את השאילתה { $query }: { $error }
packs-duplicate = השאילתה { $query } מוצאת את אותו הדבר כמו זו שבשורה { $line }; כדאי להשאיר רק אחת
packs-empty-why = השדה why ריק; יש לכתוב סיבה קצרה או להוריד את השורה
packs-missing = אין חבילה למטרה { $goal } ב-"{ $lang }"; לכל מטרה צריכה להיות חבילה בכל שפה

## drempel keywords

keywords-quote-the-query = שאילתה היא ארגומנט אחד, אבל ה-shell פיצל אותה לכמה. את כל השאילתה שמים בין מירכאות בודדות: { $words } כדי למצוא את המילים בכל מקום, או { $phrase } בשביל הביטוי המדויק.
keywords-no-goals = עוד אין מטרות שאפשר להציע להן { -keywords }. קודם מגדירים אסטרטגיה (drempel strategy set --goal recruitment), או מוסיפים --goal.
keywords-language-fallback = עוד אין חבילות { -keywords } ב-"{ $lang }", ולכן ההצעות האלה ב-"{ $fallback }". שפות שיש בהן חבילות: { $languages }.
keywords-suggest-heading = ל{ $goal } ({ $count ->
        [one] הצעה אחת
        [two] שתי הצעות
       *[other] { $count } הצעות
    }):
keywords-suggest-hint = כדאי להוסיף את אלה שמתאימות לעבודה שלך, אחת בכל פעם, למשל: { $command }
keywords-suggest-all-added = כל ההצעות למטרות האלה כבר במעקב. כדאי להוסיף גם מילים משלך: השם של הארגון, המוצרים והמקומות.
keywords-already = כבר יש מעקב אחרי { $query }. שום דבר לא נוסף.
keywords-already-same = כבר יש מעקב אחרי { $existing }, שמוצאת את אותו הדבר כמו { $query }. שום דבר לא נוסף.
keywords-added = במעקב מעכשיו: { $query } (בסך הכול { $count ->
        [one] { -keyword } אחת
        [two] שתי { -keywords }
       *[other] { $count } { -keywords }
    }).
keywords-added-hint = אפשר לנסות אותה על כותרת: { $command }
keywords-removed = המעקב אחרי { $query } הופסק ({ $count ->
        [0] לא נשארו { -keywords }
        [one] נשארה { -keyword } אחת
        [two] נשארו שתי { -keywords }
       *[other] נשארו { $count } { -keywords }
    }).
keywords-unknown = אין מעקב אחרי "{ $query }". מילות המפתח שלך:
    { $list }
keywords-unknown-none = אין מעקב אחרי "{ $query }": עוד אין לך { -keywords }. מה מתאים למטרות שלך? אפשר לבדוק עם: drempel keywords suggest
keywords-none-yet = עוד אין לך { -keywords }. מה מתאים למטרות שלך? אפשר לבדוק עם: drempel keywords suggest
keywords-stored-invalid = מדלגים על מילת המפתח { $query }: { $message }. אפשר להסיר אותה עם drempel keywords remove ולהוסיף אותה שוב.
keywords-test-nothing = אין מול מה לבדוק: עוד אין לך { -keywords }. אפשר להוסיף אחת (drempel keywords add דרושים), או לנסות שאילתה עם --query.
keywords-test-stdin = לא ניתן לקרוא את הטקסט מהקלט הרגיל: { $reason }
keywords-field-title = כותרת
keywords-field-summary = תקציר
keywords-field-link = קישור
keywords-in-title = כותרת
keywords-in-summary = תקציר
keywords-test-found = { $term } ב{ $field }: "{ $text }"
keywords-test-site = { $site }: הקישור נמצא באתר הזה
keywords-test-blocked = נחסם בגלל { $exclusion }: { $found }
keywords-test-blocked-site = נחסם בגלל { $exclusion }: הקישור נמצא באתר הזה
keywords-test-missing = חסר: { $clause }
keywords-test-summary = { -keywords } מתאימות: { $matched } מתוך { $total }.
keywords-sample-headline = כותרת לניסיון
