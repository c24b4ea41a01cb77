## תזכורת ראשונה אחרי מועד התשלום (טון NEUTRAL).
== subject
תזכורת לתשלום: יתרה של {{totalDue}}
== body
{{greeting}}

לפי הרישומים שלנו, {{#singleItem}}החשבונית הבאה טרם שולמה{{/singleItem}}{{^singleItem}}החשבוניות הבאות טרם שולמו{{/singleItem}}. ייתכן שהדבר פשוט נשמט מתשומת הלב.

{{#items}}
- חשבונית {{documentNumber}} מתאריך {{issueDate}}, מועד התשלום {{dueDate}}, יתרה לתשלום: {{outstanding}}
{{/items}}

{{charges}}

נבקש לשלם את הסכום הכולל של {{totalDue}} עד {{payBy}}.

{{paymentDetails}}

{{behaviourNote}}

אם שילמתם בינתיים, תודה רבה – ניתן להתעלם מתזכורת זו. לשאלות בנוגע {{#singleItem}}לחשבונית{{/singleItem}}{{^singleItem}}לחשבוניות{{/singleItem}} אפשר פשוט להשיב להודעה זו.

{{closing}}
