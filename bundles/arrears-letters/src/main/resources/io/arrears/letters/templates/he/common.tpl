## חלקים משותפים לכל המכתבים בעברית. מקטע יכול להיות ריק, אבל אסור שיחסר.
== greeting.named
שלום {{contactPerson}},
== greeting.generic
שלום רב,
== payment
המוטב: {{creditorName}}
IBAN: {{iban}}
{{#bic}}
BIC: {{code}}
{{/bic}}
אסמכתה: {{reference}} (נא לציין אותה כדי שנוכל לשייך את התשלום)
{{#paymentLink}}
לתשלום מקוון: {{url}}
{{/paymentLink}}
== charges
{{#hasCharges}}
בנוסף נוספו הריבית וההוצאות הבאות:

{{#interest}}
- ריבית פיגורים על חשבונית {{documentNumber}} ({{rate}} לשנה, מיום {{from}} עד {{to}}): {{amount}}
{{/interest}}
{{#fees}}
- {{label}}: {{amount}}
{{/fees}}
{{/hasCharges}}
== closing
בברכה,
{{creditorName}}
מחלקת הנהלת חשבונות
== fee.RECOVERY_COMPENSATION
פיצוי קבוע על הוצאות גבייה{{#documentNumber}} (חשבונית {{number}}){{/documentNumber}}
== fee.REMINDER_FEE
דמי תזכורת{{#documentNumber}} (חשבונית {{number}}){{/documentNumber}}
== fee.COLLECTION_COST
הוצאות גבייה{{#documentNumber}} (חשבונית {{number}}){{/documentNumber}}
== behaviour.COOPERATIVE
== behaviour.EASYGOING
אם משהו לא ברור, מספיקה שיחת טלפון קצרה או הודעת דוא״ל – נשמח לעזור.
== behaviour.PESSIMIST
אם משהו מונע מכם לשלם, אנא ספרו לנו. בדרך כלל נוכל למצוא פתרון יחד.
== behaviour.DOMINANT
אם ברישומים שלכם מופיע סכום אחר, אנא מסרו לנו את מספר החשבונית ונבדוק זאת מיד.
== behaviour.STRUGGLING
אם קשה לכם לשלם את מלוא הסכום בבת אחת, אנא פנו אלינו. נוכל לסכם על הסדר תשלומים שמתאים לכם.
== behaviour.EMOTIONAL
אם אינכם מרוצים מאספקה או מחשבונית, אנא ספרו לנו ונטפל בכך. בינתיים נבקש לשלם את הסכומים שאינם שנויים במחלוקת.
== behaviour.DISORGANISED
כדי להקל עליכם בבדיקה, פירטנו למעלה כל חשבונית שטרם שולמה, עם המספר והתאריך שלה.
== behaviour.CHRONIC_LATE
נבקש לוודא שהתשלום יגיע אלינו עד {{payBy}}.
== behaviour.UNKNOWN
== qr.caption
לתשלום {{totalDue}} סרקו את הקוד באפליקציית הבנק – פרטי ההעברה ימולאו אוטומטית.
