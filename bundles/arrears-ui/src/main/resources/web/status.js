// Shows the health of every part of Arrears; the only data source is GET /arrears/api/health.
(function () {
  'use strict';
  const overall = document.getElementById('overall');
  const rows = document.querySelector('#components tbody');

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  fetch('/arrears/api/health', { headers: { Accept: 'application/json' } })
    .then(response => response.json())
    .then(report => {
      overall.textContent = 'Arrears ' + report.version + ': ' + report.status;
      overall.className = report.status;
      Object.values(report.components).forEach(component => {
        const tr = document.createElement('tr');
        tr.append(cell(component.component), cell(component.status, component.status),
          cell(Object.entries(component.details).map(([k, v]) => k + ': ' + v).join(', ')));
        rows.append(tr);
      });
    })
    .catch(error => {
      overall.textContent = 'The Arrears API does not answer: ' + error.message;
      overall.className = 'DOWN';
    });
}());
