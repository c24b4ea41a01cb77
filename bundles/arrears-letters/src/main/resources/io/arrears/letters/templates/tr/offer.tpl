## Erken ödeme indirimi teklifi (tahsilat sorumlusu süreli bir indirim sunduğunda e-postayla gönderilir). Bölümler: subject, body.
== subject
İndirim teklifi: {{validUntil}} tarihine kadar {{debt}} yerine {{discountedAmount}} ödeyin
== body
{{greeting}}

{{offeredBy}} ile görüştüğümüz gibi, {{debt}} tutarındaki borcunuz{{#hasDocuments}} (faturalar: {{documentList}}){{/hasDocuments}} için size {{percent}} indirim sunuyoruz.

{{discountedAmount}} tutarının tamamı {{validUntil}} tarihine kadar bize ulaşırsa, kalan {{discount}} tutarını ödemenize gerek kalmaz. Lütfen ödemenizde {{reference}} referansını belirtin.

{{validUntil}} tarihinden sonra teklif sona erer ve {{debt}} tutarının tamamı ödenmelidir.

Saygılarımızla,
{{offeredBy}}
