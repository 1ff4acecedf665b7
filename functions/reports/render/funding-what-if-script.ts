import { scriptHashSource } from './inline-script';

/**
 * The what-if form of the funder summary page (SPEC §6 "Comparing funding models"): recomputes
 * the groups' shares for the rates typed in, from the per-group units the page carries in
 * `#funding-what-if-data` (never a carrier's figure, never a suppressed group's). Inline and
 * constant, so the page's Content-Security-Policy allows exactly it by its hash; it fetches
 * nothing and sends nothing. Plain ES2017 without modules, as the page is opened from disk too.
 * Constant for every language (its hash is the CSP's): it formats in the page's `lang`, as
 * display-format.ts does on the server (Latin digits, no direction marks, isolated left-to-right).
 */
export const fundingWhatIfScript = `(function () {
  'use strict';
  var form = document.getElementById('funding-what-if');
  var source = document.getElementById('funding-what-if-data');
  if (!form || !source) return;
  var data = JSON.parse(source.textContent);
  var models = ['per_new_match', 'per_active_month', 'per_supported_month'];
  var language = document.documentElement.lang || 'de';
  var percent = new Intl.NumberFormat(language, {
    style: 'percent', maximumFractionDigits: 2, numberingSystem: 'latn'
  });
  var euro = new Intl.NumberFormat(language, {
    style: 'currency', currency: 'EUR', numberingSystem: 'latn'
  });
  var show = function (cell, text) {
    var isolated = document.createElement('bdi');
    isolated.dir = 'ltr';
    isolated.textContent = text.replace(/[\\u200e\\u200f\\u061c]/g, '');
    cell.replaceChildren(isolated);
  };
  // Rates as Arabic and Persian readers may type them: their digits, their decimal separator.
  var latinDigits = function (text) {
    return text
      .replace(/[\\u0660-\\u0669]/g, function (digit) { return digit.charCodeAt(0) - 0x0660; })
      .replace(/[\\u06f0-\\u06f9]/g, function (digit) { return digit.charCodeAt(0) - 0x06f0; })
      .replace('\\u066b', '.');
  };
  var amountOf = function (units, rates) {
    return models.reduce(function (sum, model) { return sum + rates[model] * units[model]; }, 0);
  };
  var shareText = function (part, whole) {
    return whole > 0 ? percent.format(Math.round((part / whole) * 10000) / 10000) : '–';
  };
  var update = function () {
    var rates = {};
    var valid = true;
    models.forEach(function (model) {
      var field = form.elements.namedItem(model);
      var text = latinDigits(field.value.trim()).replace(',', '.');
      var rate = text === '' ? 0 : Number(text);
      var ok = /^\\d+(\\.\\d+)?$/.test(text) || text === '';
      field.setAttribute('aria-invalid', ok ? 'false' : 'true');
      if (!ok) valid = false;
      rates[model] = ok ? rate : 0;
    });
    var positive = models.some(function (model) { return rates[model] > 0; });
    var status = form.querySelector('[data-what-if="status"]');
    status.hidden = valid && positive;
    var total = amountOf(data.groups.all, rates);
    var baselineTotal = amountOf(data.groups.all, data.baselineRates);
    form.querySelectorAll('[data-group]').forEach(function (row) {
      var units = data.groups[row.getAttribute('data-group')];
      if (!units) return;
      var amount = amountOf(units, rates);
      var shown = valid && positive;
      show(row.querySelector('[data-what-if="amount"]'),
        shown ? euro.format(Math.round(amount * 100) / 100) : '–');
      show(row.querySelector('[data-what-if="share"]'), shown ? shareText(amount, total) : '–');
      show(row.querySelector('[data-what-if="baselineShare"]'),
        shareText(amountOf(units, data.baselineRates), baselineTotal));
    });
  };
  form.hidden = false;
  form.addEventListener('input', update);
  form.addEventListener('submit', function (event) { event.preventDefault(); update(); });
  update();
})();`;

/**
 * The CSP `script-src` sources of every inline script a report page may carry. A
 * Content-Security-Policy header on report responses must include them, or the form stays
 * hidden (the page itself still shows all three models without it).
 */
export const reportPageScriptSources: readonly string[] = [scriptHashSource(fundingWhatIfScript)];
