# הבדיקה לפני פרסום, מדיניות הארגון וכללי הבדיקה.

## שגיאות

error-draft-empty = הטיוטה { $draft } ריקה. קודם כותבים את התגובה, ואז בודקים אותה: drempel check FILE, או מעבירים אותה בצינור (pipe).
error-draft-binary = הטיוטה { $draft } לא נראית כמו טקסט ({ $nul ->
        [1] תו NUL
       *[other] קידוד UTF-8 לא תקין
    } בבייט { $offset }). כדאי לשמור את הטיוטה כטקסט פשוט (UTF-8) ולבדוק את הקובץ הזה.
error-draft-unreadable = לא ניתן לקרוא את הטיוטה { $draft }: { $reason }. כדאי לבדוק את שם הקובץ.
error-policy-invalid = בקובץ המדיניות { $path }{ $line } יש בעיה: { $reason }. אחרי התיקון אפשר לנסות שוב; שום דבר לא נשמר.
error-policy-unreadable = לא ניתן לקרוא את קובץ המדיניות { $path }: { $reason }. כדאי לבדוק את שם הקובץ.
error-policy-exists = כבר יש מדיניות ב-{ $path }. אפשר לערוך את הקובץ הזה, או להריץ `drempel policy init --force` כדי להתחיל מחדש מברירת המחדל.
error-unknown-rule = אין כלל בדיקה בשם "{ $rule }". כללים שאפשר לקבל: { $valid }.

## בעיות במדיניות (מוצגות בתוך error-policy-invalid)

policy-needs-disclosure = הוגדר מעסיק, ולכן disclosure_tag צריך לומר איך מספרים שעובדים שם (למשל "גילוי נאות: זה מקום העבודה שלי")
policy-empty-entry = אחד הערכים ב-{ $field } ריק
policy-short-term = המונח "{ $term }" ב-{ $field } קצר מדי לחיפוש; צריך לפחות שתי אותיות או ספרות
policy-alias-unknown-term = ל-"{ $term }" יש כינויים, אבל הוא לא ברשימת המונחים החסויים; להוסיף אותו ל-confidential או לתקן את האיות
policy-duplicate = המונח "{ $term }" מופיע פעמיים ב-{ $field }
policy-not-utf8 = הקובץ אינו טקסט UTF-8

## בעיות בכללים (drempel lessons check)

rules-bad-toml = לא ניתן לפענח את קובץ הכללים: { $reason }
rules-duplicate-id = מזהה הכלל "{ $id }" מופיע פעמיים (גם בשורה { $other })
rules-buried-lists-disclosures = הכלל "{ $id }" מסמן גילוי נאות שנקבר בסוף, ולכן הוא קורא את הגילויים של הכלל שדורש גילוי: רשמו אותם שם, לא כאן
rules-bad-id = מזהי כללים הם מילים ב-kebab-case, כמו too-long; "{ $id }" אינו כזה
rules-empty-field = השדה { $field } ריק
rules-field-not-for-kind = השדה `{ $field }` לא שייך לכלל מסוג { $kind }
rules-empty-phrase = אחד הביטויים ריק
rules-existence-needs = כלל existence צריך tokens, patterns או terms = "confidential"
rules-validate-needs-patterns = השדה validate חל רק על patterns
rules-employer-is-conditional = המקום של terms = "employer" הוא בכלל conditional: להזכיר את המעסיק זה בסדר, לשבח אותו בלי גילוי נאות זה לא
rules-bad-pattern = התבנית { $pattern } אינה ביטוי רגולרי תקין: { $reason }
rules-substitution-needs = כלל substitution צריך swap = {"{"} "this" = "that" {"}"}
rules-occurrence-needs-scope = כלל occurrence צריך scope: length, hashtags, mentions או words-besides-links
rules-occurrence-needs-bound = כלל occurrence צריך min או max
rules-conditional-needs-terms = כלל conditional צריך terms = "employer"
rules-missing-base = חסרים כללי הבדיקה באנגלית; כל שפה אחרת נשענת עליהם
rules-not-utf8 = קובץ הכללים אינו טקסט UTF-8
model-bad = אי אפשר לקרוא את קובץ המדרגים: { $reason }
model-unknown-rule = המדרג של { $concern } מדבר בשם הכלל "{ $id }", אבל אין כלל כזה בשפה הזאת
model-wrong-concern = המדרג של { $concern } מדבר בשם הכלל "{ $id }", אבל הכלל הזה עוסק ב־{ $other }
model-threshold = המדרג של { $concern } מסמן מ־{ $threshold } ומעלה; הערך צריך להיות בין 0 ל־1
model-lang = קובץ המדרגים אומן לשפה "{ $model }", אבל הוא נמצא ליד הכללים של "{ $lang }"
rules-unknown-lesson = הכלל "{ $id }" מפנה לשיעור "{ $lesson }", שלא קיים
rules-needs-examples = הכלל "{ $id }" צריך לפחות דוגמה אחת ב-must_flag ואחת ב-must_pass
rules-example-not-flagged = הכלל "{ $id }" היה אמור לסמן את הדוגמה הזאת, ולא סימן: { $example }
rules-example-flagged = הכלל "{ $id }" מסמן את הדוגמה הזאת, אבל לא אמור: { $example }
rules-ordinary-comment-flagged = התגובה הרגילה הזאת מקבלת שגיאה מהכלל "{ $id }": { $comment }
rules-language-missing = בכללים של "{ $lang }" חסר "{ $id }", שקיים בכללים באנגלית

## drempel check

check-accept-format = הפורמט הוא RULE=REASON, למשל --accept shouting="זה ציטוט"
check-accept-nothing = אין מה לקבל עבור "{ $rule }": הבדיקה לא מצאה שום דבר מהסוג הזה.
check-mixed-languages = חלק מהטיוטה כתוב { $lang ->
        [en] באנגלית
        [nl] בהולנדית
        [de] בגרמנית
        [fr] בצרפתית
        [he] בעברית
       *[other] בשפה "{ $lang }"
    }: המשפטים האלה נבדקו גם לפי הכללים { $lang ->
        [en] לאנגלית
        [nl] להולנדית
        [de] לגרמנית
        [fr] לצרפתית
        [he] לעברית
       *[other] לשפה "{ $lang }"
    }. כדי לבדוק את כל הטיוטה בשפה אחת בלבד, להוסיף --lang CODE.
check-no-policy = עוד אין מדיניות ארגונית, ולכן המעסיק, הגילוי הנאות והמונחים החסויים לא נבדקים. כדי להגדיר אחת: `drempel policy init`.
check-stdin-name = מהקלט הרגיל
check-type-draft = אפשר להקליד או להדביק את הטיוטה, ואז ללחוץ Ctrl-D (ב-Windows: Ctrl-Z ואחריו Enter).
check-count = { $used } / { $limit }
check-rules-missing = עדיין אין כללי בדיקה { $lang ->
        [he] לעברית
       *[other] לשפה "{ $lang }"
    }, ולכן הטיוטה נבדקת לפי הכללים { $used ->
        [en] לאנגלית
        [nl] להולנדית
        [de] לגרמנית
        [fr] לצרפתית
       *[other] לשפה "{ $used }"
    }: ייתכן שבדיקות הניסוח שלהם לא יתאימו לטיוטה.
check-header = נבדק בתור { $kind } ב-{ $platform }, לפי הכללים { $lang ->
        [en] לאנגלית
        [nl] להולנדית
        [de] לגרמנית
        [fr] לצרפתית
        [he] לעברית
       *[other] לשפה { $lang }
    } ({ $choice ->
        [chosen] השפה שנבחרה
        [guessed] זוהתה לפי המילים
       *[fallback] השפה שלך
    }): { $count ->
        [one] תו אחד
       *[other] { $count } תווים
    }
check-kind-comment = תגובה
check-kind-post = פוסט
check-kind-headline = כותרת
check-kind-bio = ביו

## הכותרת של ממצא: במה מדובר, ואחריה ההודעה של הכלל עצמו
check-finding-about = { $kind }: { $message }

check-level-error = שגיאה
check-level-warning = אזהרה
check-level-suggestion = הצעה
check-accepted = התקבל בכוונה: { $reason }
check-why = למה:
check-read = לקריאה:
check-summary = תוצאת הבדיקה: { $errors ->
        [one] שגיאה אחת
        [two] שתי שגיאות
       *[other] { $errors } שגיאות
    }, { $warnings ->
        [one] אזהרה אחת
        [two] שתי אזהרות
       *[other] { $warnings } אזהרות
    }, { $suggestions ->
        [one] הצעה אחת
        [two] שתי הצעות
       *[other] { $suggestions } הצעות
    }{ $accepted ->
        [0] {""}
        [one] , ממצא אחד התקבל בכוונה
       *[other] , { $accepted } ממצאים התקבלו בכוונה
    }.
check-fix-errors = כדאי לשנות את הטיוטה עד שלא נשארות שגיאות, ואז לבדוק שוב. ממצא שרוצים להשאיר בכוונה אפשר לקבל עם --accept RULE=REASON.
check-ready = אין שגיאות: הטיוטה מוכנה. אפשר לפרסם אותה בעצמך, ואז לרשום איפה היא פורסמה: drempel comment record --url URL --platform { $platform }

## drempel policy

policy-none = עוד אין מדיניות ארגונית. אפשר להריץ `drempel policy init` כדי לכתוב נקודת התחלה לעריכה, או `drempel policy set FILE` כדי להשתמש בקובץ של הארגון.
policy-written = מדיניות התחלתית נכתבה אל { $path }.
policy-stored = המדיניות נבדקה ונשמרה ב-{ $path }.
policy-edit-hint = עכשיו נתאים אותה לארגון שלך: לפתוח את { $path } בעורך טקסט, { $employer ->
        [1] למלא את שם המעסיק ואת המוצרים שלו,
       *[other] לבדוק את המעסיק, להוסיף את המוצרים שלו,
    } ולהשלים את הגילוי הנאות שהארגון מבקש ואת המונחים החסויים. אחר כך להריץ `drempel policy show`.
policy-empty-value = (אין)
policy-label-file = קובץ:
policy-label-employer = מעסיק:
policy-label-products = מוצרים:
policy-label-disclosure = גילוי נאות:
policy-label-confidential = חסוי:
policy-label-dos = מה כן:
policy-label-donts = מה לא:
policy-written-by-wizard = מדיניות הרשתות החברתיות של הארגון, כפי שנכתבה באשף של drempel. אפשר לערוך אותה בחופשיות; `drempel policy show` מראה איך drempel מבין אותה.
error-draft-too-large = הטיוטה { $draft } גדולה מ-{ $limit }: הרבה יותר ארוכה ממה שפלטפורמה כלשהי מקבלת. כדאי לוודא שזה הקובץ הנכון.

## במה עוסק ממצא (הסוג שלו), למה זה חשוב ומה לעשות, בשפת הלומד

check-concern = { $kind ->
        [praise] שבחים בלי לציין שעובדים שם
        [disclosure-buried] הגילוי הנאות מגיע מאוחר מדי
        [disclosure-unclear] הגילוי הנאות עלול להתפספס
        [venting] פריקת תסכול
        [hint] רמז לחדשות שעדיין לא פורסמו
        [confidential] מידע חסוי
        [personal] פרטי קשר או פרטי בנק
        [patient] פרטים אישיים של מישהו אחר
        [shouting] צעקה באותיות גדולות
        [length] ארוך מדי
        [hashtags] יותר מדי האשטגים
        [mentions] יותר מדי תיוגים
        [bare-link] קישור בלי מילים משלך
        [wording] ניסוח
       *[other] כדאי לבדוק
    }
check-concern-why = { $kind ->
        [praise] לקוראים יש זכות לדעת שהשבחים באים ממי שעובד שם, ו{ -house-rules } של הארגון מבקשים לציין זאת.
        [disclosure-buried] רוב הקוראים מפסיקים לקרוא לפני ההאשטגים או לפני סוף תגובה ארוכה, ולכן גילוי נאות שם, הרבה אחרי השבחים, לא נקרא.
        [disclosure-unclear] נראה שכתוב כאן שעובדים שם, אבל במילים שקורא מהיר לא יזהה כגילוי נאות, ואז השבחים נקראים כמו דעה של מישהו מבחוץ.
        [venting] המנהלים, הצוות והלקוחות קוראים, ופוסט נשאר בר-חיפוש הרבה אחרי היום הרע.
        [hint] רמז לחדשות שעדיין לא פורסמו עובר מפה לאוזן לפני שהארגון מספיק לפרסם בעצמו.
        [confidential] { -house-rules } של הארגון מגדירים את זה כמידע פנימי.
        [personal] פרטי קשר ופרטי בנק בפומבי מזמינים ספאם, הונאות ושיחות לא רצויות.
        [patient] הבריאות, הכסף, הכתובת, המשפחה, העבודה, ההליכים המשפטיים או המועמדות של אדם שייכים לו, לא לנו: אפשר לזהות אותו גם בלי שם משפחה.
        [shouting] מילים באותיות גדולות נקראות כצעקה, והקוראים ממשיכים לגלול.
        [length] הפלטפורמה לא מקבלת טקסט ארוך כל כך.
        [hashtags] שורה של האשטגים נראית כמו בקשת תשומת לב ולא כמו תרומה לשיחה.
        [mentions] תיוג של אנשים רבים בבת אחת מרגיש כמו דיוור המוני.
        [bare-link] קישור לבד לא אומר למה הוא חשוב.
        [wording] כמה מילים משנות את האופן שבו התגובה מתקבלת.
       *[other] הכללים של המדריך מבקשים לבדוק את זה.
    }
check-concern-fix = { $kind ->
        [praise] { $has_employer ->
            [yes] להוסיף בתחילת התגובה את { $tag }, או "גילוי נאות: { $employer } הוא מקום העבודה שלי".
           *[other] להוסיף בתחילת התגובה "גילוי נאות: זה מקום העבודה שלי".
        }
        [disclosure-buried] { $has_employer ->
            [yes] להעביר את { $tag }, או "גילוי נאות: { $employer } הוא מקום העבודה שלי", לתחילת התגובה, לפני השבחים.
           *[other] להעביר את הגילוי הנאות ("זה מקום העבודה שלי") לתחילת התגובה, לפני השבחים.
        }
        [disclosure-unclear] { $has_employer ->
            [yes] לכתוב את זה במפורש כבר בתחילת התגובה: { $tag }, או "גילוי נאות: { $employer } הוא מקום העבודה שלי".
           *[other] לכתוב במפורש כבר בתחילת התגובה: "גילוי נאות: זה מקום העבודה שלי".
        }
        [venting] למחוק את הכינוי הפוגע או את התלונה; לשתף את מה שלמדנו, ולהעלות את הבעיה מול האדם עצמו או מול ההנהלה הישירה.
        [hint] להשמיט את הרמז ולחכות עד שהארגון יודיע; ואז לשתף את החדשות.
        [confidential] להשמיט את המונח, או לשאול את האחראי אם מותר לשתף אותו.
        [personal] למחוק את הפרטים ולהפנות להודעה פרטית או לדף יצירת הקשר הציבורי של הארגון.
        [patient] למחוק את מה שמזהה את האדם ואת הפרטים עליו; לספר מה למדנו, לא על מי מדובר.
        [shouting] לכתוב את המילים באותיות רגילות; מילה אחת מודגשת או אימוג'י מספיקים להדגשה.
        [length] לקצר חזרות ולהשאיר נקודה אחת, או לקשר לטקסט ארוך יותר.
        [hashtags] להשאיר שניים או שלושה האשטגים שמתאימים ביותר.
        [mentions] לתייג רק את מי שבאמת צריך לראות את זה.
        [bare-link] להוסיף משפט או שניים על מה שהיה מועיל בקישור.
        [wording] לנסות את הניסוח שהבדיקה מציעה.
       *[other] לקרוא את ההודעה ולשנות את הטיוטה, או לאשר אותה במכוון עם --accept.
    }
check-fix-label = מה לעשות:
