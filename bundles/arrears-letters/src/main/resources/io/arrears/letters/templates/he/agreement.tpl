## מכתב הסכם לפריסת תשלומים (נשלח כאשר גובה מסכם תוכנית תשלומים). מקטעים: subject, body.
== subject
ההסכם שלנו: תוכנית תשלומים {{planId}}
== body
{{greeting}}

תודה שהסכמתם על תוכנית תשלומים עם {{agreedBy}} ביום {{agreedOn}}. תסדירו את הסכום {{total}}{{#hasDocuments}} (חשבוניות {{documentList}}){{/hasDocuments}} בתשלומים הבאים:

{{#instalments}}
- {{#downPayment}}מקדמה{{/downPayment}}{{^downPayment}}תשלום {{number}}{{/downPayment}}: {{amount}} עד {{dueDate}}{{#interest}} (כולל ריבית בסך {{amount}}){{/interest}}
{{/instalments}}

סך הכול: {{totalPayable}}.

{{paymentDetails}}

כל עוד התשלומים מגיעים בזמן, לא נשלח לכם תזכורות. אם תשלום מאחר ביותר מ-{{graceDays}} ימים, התוכנית מסתיימת וכל היתרה לתשלום מיד.

{{closing}}
