## תזכורת שנייה, תקיפה יותר (טון FIRM).
== subject
תזכורת שנייה: {{totalDue}} בפיגור, נא לשלם עד {{payBy}}
== body
{{greeting}}

לאחרונה פנינו אליכם בנוגע {{#singleItem}}לחשבונית{{/singleItem}}{{^singleItem}}לחשבוניות{{/singleItem}} שלהלן, אך התשלום טרם התקבל.

{{#items}}
- חשבונית {{documentNumber}} מתאריך {{issueDate}}, בפיגור מאז {{dueDate}}, יתרה לתשלום: {{outstanding}}
{{/items}}

{{charges}}

נבקש לשלם {{totalDue}} לכל המאוחר עד {{payBy}}.

{{paymentDetails}}

{{behaviourNote}}

אם יש סיבה שבגללה אינכם יכולים לשלם, אנא פנו אלינו לפני {{payBy}} כדי שנוכל למצוא פתרון יחד.

{{closing}}
