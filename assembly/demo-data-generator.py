# Generates the behaviour-type demo data (invoices CSV rows, camt statement, contact history).
customers = {
 'DEMO-COOP-01': ('Kooperativ Handel GmbH', 'DE', 'buchhaltung@kooperativ.example'),
 'DEMO-EASY-01': ('Rahat Gıda Ltd. Şti.', 'TR', 'muhasebe@rahat-gida.example'),
 'DEMO-PESS-01': ('Karamsar Makina A.Ş.', 'TR', 'finans@karamsar.example'),
 'DEMO-DOM-01': ('Dominik Baustoffe AG', 'DE', 'kreditoren@dominik-baustoffe.example'),
 'DEMO-STRUG-01': ('Piekarnia Mała Sp. z o.o.', 'PL', 'biuro@piekarnia-mala.example'),
 'DEMO-EMO-01': ('Rosengarten Design Ltd', 'GB', 'accounts@rosengarten.example'),
 'DEMO-DISORG-01': ('Amator Studio s.c.', 'PL', 'studio@amator.example'),
 'DEMO-CHRON-01': ('Tzafon Metals Ltd', 'IL', 'finance@tzafon-metals.example'),
}
# invoice: (customer, number, issue, due, amount); payment: (customer, number, date, amount)
inv = []; pay = []; hist = []
def I(c, n, issue, due, amt): inv.append((c, n, issue, due, amt))
def P(c, n, date, amt): pay.append((c, n, date, amt))
def C(c, at, channel, direction, outcome, excuse='', notes=''):
    hist.append('|'.join(['contact', c, at + 'T09:30:00Z', channel, direction, outcome, excuse, notes]))
def PR(c, pid, taken, promised, amt, state):
    hist.append('|'.join(['promise', c, pid, taken + 'T09:35:00Z', promised, amt, 'EUR', state]))

c = 'DEMO-COOP-01'
for k, (issue, due, amt, call, paid) in enumerate([
        ('2026-05-04', '2026-06-03', '1200.00', '2026-06-04', '2026-06-06'),
        ('2026-06-01', '2026-07-01', '980.00', '2026-07-02', '2026-07-04'),
        ('2026-07-01', '2026-07-31', '1500.00', '2026-08-01', '2026-08-03'),
        ('2026-08-03', '2026-09-02', '760.00', '2026-09-03', '2026-09-05')], 1):
    n = 'INV-2601-%02d' % k
    I(c, n, issue, due, amt); P(c, n, paid, amt)
    C(c, call, 'CALL', 'OUT', 'PROMISE_TO_PAY', '', 'apologises, pays by bank transfer in two days; payment link sent')
    PR(c, 'DEMO-P-COOP-%d' % k, call, paid, amt, 'KEPT')
I(c, 'INV-2601-05', '2026-11-02', '2026-12-02', '1100.00')

c = 'DEMO-EASY-01'
for k, (issue, due, amt, call, paid) in enumerate([
        ('2026-04-01', '2026-05-01', '2300.00', '2026-05-04', '2026-05-16'),
        ('2026-05-04', '2026-06-03', '1850.00', '2026-06-06', '2026-06-18'),
        ('2026-06-01', '2026-07-01', '2750.00', '2026-07-04', '2026-07-16'),
        ('2026-07-01', '2026-07-31', '1990.00', '2026-08-03', '2026-08-15')], 1):
    n = 'INV-2602-%02d' % k
    I(c, n, issue, due, amt); P(c, n, paid, amt)
    C(c, call, 'CALL', 'OUT', 'PROMISE_TO_PAY', '', 'friendly chat, jokes about the weather; promises payment next Friday')
    PR(c, 'DEMO-P-EASY-%d' % k, call, paid, amt, 'KEPT')
I(c, 'INV-2602-05', '2026-10-01', '2026-10-31', '2100.00')

c = 'DEMO-PESS-01'
rows = [('2026-03-02', '2026-04-01', '3400.00', '2026-05-01', [('2026-04-03', 'EMAIL', 'SENT'), ('2026-04-10', 'CALL', 'NO_ANSWER'), ('2026-04-20', 'CALL', 'NO_ANSWER')]),
        ('2026-04-01', '2026-05-01', '2800.00', '2026-06-02', [('2026-05-04', 'EMAIL', 'SENT'), ('2026-05-12', 'CALL', 'NO_ANSWER')]),
        ('2026-05-04', '2026-06-03', '4100.00', '2026-07-06', [('2026-06-05', 'EMAIL', 'SENT'), ('2026-06-15', 'CALL', 'NO_ANSWER'), ('2026-06-25', 'LETTER', 'SENT')])]
for k, (issue, due, amt, paid, contacts) in enumerate(rows, 1):
    n = 'INV-2603-%02d' % k
    I(c, n, issue, due, amt); P(c, n, paid, amt)
    for at, ch, out in contacts:
        C(c, at, ch, 'OUT', out, '', 'reminder for ' + n + ', no reply')
I(c, 'INV-2603-04', '2026-08-03', '2026-09-02', '3900.00')
for at, ch, out in [('2026-09-07', 'EMAIL', 'SENT'), ('2026-09-20', 'CALL', 'NO_ANSWER'), ('2026-10-05', 'CALL', 'NO_ANSWER')]:
    C(c, at, ch, 'OUT', out, '', 'reminder for INV-2603-04, no reply')

c = 'DEMO-DOM-01'
I(c, 'INV-2604-01', '2026-03-02', '2026-04-01', '5200.00'); P(c, 'INV-2604-01', '2026-04-11', '5200.00')
C(c, '2026-04-03', 'CALL', 'OUT', 'NO_COMMITMENT', '', '#account-query asks for a full statement of account before paying')
I(c, 'INV-2604-02', '2026-04-01', '2026-05-01', '4700.00'); P(c, 'INV-2604-02', '2026-05-13', '4700.00')
C(c, '2026-05-04', 'CALL', 'OUT', 'DISPUTE_RAISED', '', 'questions the unit price on line 3 of INV-2604-02')
C(c, '2026-05-06', 'CALL', 'OUT', 'NO_COMMITMENT', '', '#account-query asks for the delivery notes')
I(c, 'INV-2604-03', '2026-05-04', '2026-06-03', '6100.00'); P(c, 'INV-2604-03', '2026-06-11', '6100.00')
C(c, '2026-06-05', 'CALL', 'OUT', 'CALLBACK_SCHEDULED', '', '#counter-proposal proposes to pay in 60 days instead of 30')
C(c, '2026-06-08', 'CALL', 'OUT', 'DISPUTE_RAISED', '', 'disputes the freight charge')
C(c, '2026-06-10', 'CALL', 'OUT', 'NO_COMMITMENT', '', '#account-query wants the interest calculation explained')
I(c, 'INV-2604-04', '2026-10-01', '2026-10-31', '5600.00')

c = 'DEMO-STRUG-01'
I(c, 'INV-2605-01', '2026-04-01', '2026-05-01', '3000.00')
C(c, '2026-05-05', 'CALL', 'OUT', 'PARTIAL_PAYMENT_AGREED', 'CASH_FLOW_PROBLEMS', '#instalment-request asks for three monthly instalments')
for d in ('2026-05-15', '2026-06-15', '2026-07-15'):
    P(c, 'INV-2605-01', d, '1000.00')
I(c, 'INV-2605-02', '2026-06-01', '2026-07-01', '2400.00')
C(c, '2026-07-06', 'CALL', 'OUT', 'PARTIAL_PAYMENT_AGREED', 'CUSTOMERS_NOT_PAYING_US', 'two large customers pay late; agrees to two halves')
P(c, 'INV-2605-02', '2026-07-30', '1200.00'); P(c, 'INV-2605-02', '2026-08-28', '1200.00')
I(c, 'INV-2605-03', '2026-08-03', '2026-09-02', '2600.00')
C(c, '2026-09-08', 'CALL', 'OUT', 'NO_COMMITMENT', 'CASH_FLOW_PROBLEMS', 'cannot say when; will pay what comes in')
P(c, 'INV-2605-03', '2026-09-30', '800.00')
C(c, '2026-10-14', 'CALL', 'OUT', 'PROMISE_TO_PAY', '', 'promises 900.00 by the end of the month')
PR(c, 'DEMO-P-STRUG-1', '2026-10-14', '2026-10-30', '900.00', 'KEPT')
P(c, 'INV-2605-03', '2026-10-29', '900.00')

c = 'DEMO-EMO-01'
I(c, 'INV-2606-01', '2026-04-01', '2026-05-01', '1800.00'); P(c, 'INV-2606-01', '2026-05-25', '1800.00')
C(c, '2026-05-05', 'CALL', 'OUT', 'DISPUTE_RAISED', 'QUALITY_DISPUTE', '#complaint #heated shouts that the fabric was faulty')
C(c, '2026-05-08', 'CALL', 'OUT', 'PROMISE_TO_PAY', '', 'promises to pay once the fabric question is settled')
PR(c, 'DEMO-P-EMO-0', '2026-05-08', '2026-05-15', '1800.00', 'BROKEN')
C(c, '2026-05-18', 'CALL', 'OUT', 'NO_ANSWER', '', 'does not pick up after the broken promise')
I(c, 'INV-2606-02', '2026-06-01', '2026-07-01', '2200.00'); P(c, 'INV-2606-02', '2026-07-20', '2200.00')
C(c, '2026-07-03', 'CALL', 'OUT', 'NO_COMMITMENT', 'SERVICE_COMPLAINT', '#complaint says our driver was rude')
C(c, '2026-07-07', 'CALL', 'OUT', 'NO_ANSWER', '', 'no answer')
C(c, '2026-07-10', 'CALL', 'OUT', 'PROMISE_TO_PAY', 'QUALITY_DISPUTE', 'calmer after the facts were shown; promises to pay by the 20th')
PR(c, 'DEMO-P-EMO-1', '2026-07-10', '2026-07-20', '2200.00', 'KEPT')
I(c, 'INV-2606-03', '2026-09-01', '2026-10-01', '2500.00')

c = 'DEMO-DISORG-01'
I(c, 'INV-2607-01', '2026-03-02', '2026-04-01', '640.00'); P(c, 'INV-2607-01', '2026-04-03', '640.00')
C(c, '2026-04-02', 'CALL', 'OUT', 'NO_COMMITMENT', 'NO_INVOICE_COPY', '#invoice-copy never received it; copy sent by e-mail')
I(c, 'INV-2607-02', '2026-04-01', '2026-05-01', '890.00'); P(c, 'INV-2607-02', '2026-05-31', '890.00')
C(c, '2026-05-29', 'CALL', 'OUT', 'NO_COMMITMENT', 'NO_INVOICE_COPY', '#invoice-copy lost the invoice; copy sent')
I(c, 'INV-2607-03', '2026-06-01', '2026-07-01', '720.00'); P(c, 'INV-2607-03', '2026-07-06', '720.00')
C(c, '2026-07-04', 'CALL', 'OUT', 'NO_COMMITMENT', 'NO_INVOICE_COPY', '#invoice-copy sent to an old address; copy sent')
I(c, 'INV-2607-04', '2026-10-01', '2026-10-31', '910.00')

c = 'DEMO-CHRON-01'
for k, (issue, due, amt, paid) in enumerate([
        ('2026-01-05', '2026-02-04', '2100.00', '2026-02-09'),
        ('2026-02-02', '2026-03-04', '2300.00', '2026-03-12'),
        ('2026-03-02', '2026-04-01', '2500.00', '2026-04-26'),
        ('2026-04-01', '2026-05-01', '2700.00', '2026-06-05')], 1):
    n = 'INV-2608-%02d' % k
    I(c, n, issue, due, amt); P(c, n, paid, amt)
for k, (issue, due, amt) in enumerate([
        ('2026-05-04', '2026-06-03', '2400.00'), ('2026-06-01', '2026-07-01', '2600.00'),
        ('2026-07-01', '2026-07-31', '2800.00'), ('2026-08-03', '2026-09-02', '2300.00'),
        ('2026-09-01', '2026-10-01', '2900.00')], 5):
    I(c, 'INV-2608-%02d' % k, issue, due, amt)
for k, (at, promised, amt) in enumerate([('2026-07-06', '2026-07-13', '2400.00'), ('2026-08-10', '2026-08-17', '2600.00'),
                                         ('2026-09-14', '2026-09-21', '2800.00')], 1):
    C(c, at, 'CALL', 'OUT', 'PROMISE_TO_PAY', 'WILL_PAY_NEXT_WEEK', 'will pay next week, again')
    PR(c, 'DEMO-P-CHRON-%d' % k, at, promised, amt, 'BROKEN')
C(c, '2026-10-12', 'CALL', 'OUT', 'NO_COMMITMENT', 'CHEQUE_IN_THE_POST', 'says the cheque is in the post; no number, no amount')

base = '/work/wt/profiles/assembly/src/main/resources/assembly/'
with open(base + 'data/inbox/invoices-csv/demo-invoices.csv', 'a', encoding='utf-8') as f:
    for (c, n, issue, due, amt) in inv:
        name, country, email = customers[c]
        f.write(','.join([n, 'INVOICE', c, name, country, email, issue, due, amt, 'EUR', '', '']) + '\n')

entries = []
for i, (c, n, date, amt) in enumerate(pay, 1):
    name = customers[c][0]
    entries.append(f'''      <Ntry>
        <Amt Ccy="EUR">{amt}</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>{date}</Dt></BookgDt>
        <ValDt><Dt>{date}</Dt></ValDt>
        <AcctSvcrRef>DEMO-TYPES-{i:03d}</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>DEMO-TYPES-E2E-{i:03d}</EndToEndId></Refs>
          <Amt Ccy="EUR">{amt}</Amt>
          <RltdPties><Dbtr><Pty><Nm>{name}</Nm></Pty></Dbtr></RltdPties>
          <RmtInf><Ustrd>{n}</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>''')
with open(base + 'demo/demo-statement-types.xml', 'w', encoding='utf-8') as f:
    f.write('''<?xml version="1.0" encoding="UTF-8"?>
<!-- Demo camt.053.001.08 statement with the 2026 payments of the eight behaviour-type demo customers (DEMO-COOP-01 ...
     DEMO-CHRON-01), each naming its invoice in the remittance text. The demo history loader hands it to the bank inbox
     once those invoices are in the ledger, so that every payment finds its invoice. -->
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>DEMO-TYPES-2026</MsgId><CreDtTm>2026-11-02T18:00:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>2026-TYPES</Id>
      <CreDtTm>2026-11-02T18:00:00+01:00</CreDtTm>
      <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
''' + '\n'.join(entries) + '''
    </Stmt>
  </BkToCstmrStmt>
</Document>
''')
with open(base + 'demo/demo-history.txt', 'w', encoding='utf-8') as f:
    f.write('''# Contact history and promises of the behaviour-type demo customers, loaded once by the demo history loader
# (io.arrears.profile.demo, enabled only in the assembled distribution).
# contact|customer|occurredAt|channel|direction|outcome|excuseCategory|notes   (tags in notes: #account-query,
#   #counter-proposal, #complaint, #heated, #invoice-copy, #instalment-request)
# promise|customer|promiseId|takenAt|promisedDate|amount|currency|state (PENDING, KEPT, PARTIALLY_KEPT, BROKEN)
''')
    for line in hist:
        f.write(line + '\n')
print(len(inv), 'invoices', len(pay), 'payments', len(hist), 'history lines')
