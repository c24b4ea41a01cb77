## העתק חשבונית לחברת גבייה, מנתוני הספרים של Arrears (לא קובץ ה-PDF המקורי של ה-ERP).
== title
העתק חשבונית {{documentNumber}}
== body
נושה: {{creditorName}}
חייב: {{debtorName}} (לקוח {{customerId}})
מסמך: {{documentNumber}} ({{kind}})
תאריך הפקה: {{issueDate}}
תאריך פירעון: {{dueDate}}
סכום החשבונית: {{amount}}
יתרה פתוחה ליום {{asOf}}: {{outstanding}}
{{#paymentReference}}
אסמכתת תשלום: {{value}}
{{/paymentReference}}
== notice
העתק זה הופק ביום {{asOf}} מספר החייבים.
הוא משחזר את נתוני החשבונית ואינו החשבונית המקורית.
