## Wspólne fragmenty wszystkich polskich pism. Sekcja może być pusta, ale nie może jej brakować.
== greeting.named
Dzień dobry,
== greeting.generic
Szanowni Państwo,
== payment
Odbiorca: {{creditorName}}
Numer rachunku (IBAN): {{iban}}
{{#bic}}
BIC: {{code}}
{{/bic}}
Tytuł przelewu: {{reference}} (prosimy go podać, abyśmy mogli przypisać wpłatę)
{{#paymentLink}}
Płatność online: {{url}}
{{/paymentLink}}
== charges
{{#hasCharges}}
Doliczyliśmy następujące odsetki i koszty:

{{#interest}}
- Odsetki za opóźnienie od faktury {{documentNumber}} ({{rate}} w skali roku, od {{from}} do {{to}}): {{amount}}
{{/interest}}
{{#fees}}
- {{label}}: {{amount}}
{{/fees}}
{{/hasCharges}}
== closing
Z poważaniem
{{creditorName}}
Dział księgowości
== fee.RECOVERY_COMPENSATION
Rekompensata za koszty odzyskiwania należności{{#documentNumber}} (faktura {{number}}){{/documentNumber}}
== fee.REMINDER_FEE
Opłata za upomnienie{{#documentNumber}} (faktura {{number}}){{/documentNumber}}
== fee.COLLECTION_COST
Koszty windykacji{{#documentNumber}} (faktura {{number}}){{/documentNumber}}
== behaviour.COOPERATIVE
== behaviour.EASYGOING
Jeśli coś jest niejasne, wystarczy krótki telefon lub e-mail – chętnie pomożemy.
== behaviour.PESSIMIST
Jeśli coś utrudnia Państwu zapłatę, prosimy nam o tym powiedzieć. Zwykle wspólnie znajdujemy rozwiązanie.
== behaviour.DOMINANT
Jeśli w Państwa ewidencji widnieje inna kwota, prosimy podać nam numer faktury – od razu to sprawdzimy.
== behaviour.STRUGGLING
Jeśli zapłata całej kwoty naraz jest dla Państwa trudna, prosimy o kontakt. Możemy uzgodnić dogodny plan spłaty w ratach.
== behaviour.EMOTIONAL
Jeśli mają Państwo zastrzeżenia do dostawy lub faktury, prosimy nam o tym napisać – zajmiemy się tym. Kwoty, które nie budzą wątpliwości, prosimy jednak uregulować już teraz.
== behaviour.DISORGANISED
Aby ułatwić Państwu sprawdzenie, powyżej wymieniliśmy każdą nieopłaconą fakturę wraz z numerem i datą.
== behaviour.CHRONIC_LATE
Prosimy zadbać o to, aby płatność wpłynęła do nas do {{payBy}}.
== behaviour.UNKNOWN
== qr.caption
Aby zapłacić {{totalDue}}, wystarczy zeskanować ten kod w aplikacji bankowej – dane przelewu uzupełnią się automatycznie.
