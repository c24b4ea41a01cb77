## הצעת הנחה לתשלום מוקדם (נשלחת בדוא"ל כאשר גובה מציע הנחה לזמן מוגבל). מקטעים: subject, body.
== subject
הצעת הנחה: שלמו {{discountedAmount}} במקום {{debt}} עד {{validUntil}}
== body
{{greeting}}

כפי שסוכם עם {{offeredBy}}, אנו מציעים לכם הנחה של {{percent}} על הסכום {{debt}}{{#hasDocuments}} (חשבוניות {{documentList}}){{/hasDocuments}}.

אם הסכום {{discountedAmount}} יגיע אלינו במלואו עד {{validUntil}}, לא תצטרכו לשלם את היתרה בסך {{discount}}. נא לציין את האסמכתא {{reference}} בעת התשלום.

לאחר {{validUntil}} ההצעה מסתיימת וכל הסכום {{debt}} לתשלום.

בברכה,
{{offeredBy}}
