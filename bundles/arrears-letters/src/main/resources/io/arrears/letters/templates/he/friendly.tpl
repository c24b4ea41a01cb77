## תזכורת ידידותית לפני מועד התשלום או בו (טון FRIENDLY).
== subject
תזכורת ידידותית: {{totalDue}} לתשלום עד {{payBy}}
== body
{{greeting}}

ברצוננו להזכיר לכם שמועד התשלום של {{#singleItem}}החשבונית הבאה{{/singleItem}}{{^singleItem}}החשבוניות הבאות{{/singleItem}} מתקרב:

{{#items}}
- חשבונית {{documentNumber}} מתאריך {{issueDate}}, לתשלום עד {{dueDate}}: {{outstanding}}
{{/items}}

{{charges}}

סך הכול: {{totalDue}}, לתשלום עד {{payBy}}.

{{paymentDetails}}

{{behaviourNote}}

אם כבר העברתם את התשלום, תודה רבה – ניתן להתעלם מהודעה זו.

{{closing}}
