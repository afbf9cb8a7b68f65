/* The dashboard's charts: ECharts (vendored, see scripts/vendor-assets) over the figures the page embeds.
   Every bar opens the ledger filtered to the tasks it counts; the tables under the charts hold the same figures. */
(function () {
  "use strict";
  var element = document.getElementById("dashboard-data");
  if (!element || typeof window.echarts === "undefined") { return; }
  var data = JSON.parse(element.textContent);
  var labels = data.labels;
  var colours = { total: "#1d4e89", closed: "#176639", red: "#b42318", yellow: "#d49a00", green: "#3a9b5c", grey: "#9aa3ae",
                  on_time: "#3a9b5c", late: "#d49a00", not_filed: "#b42318", percent: "#1d4e89" };
  var charts = {};
  window.greenpolicyCharts = charts;

  function open(url) { if (url) { window.location.assign(url); } }

  function draw(key, option, urlOf) {
    var node = document.getElementById("chart-" + key);
    if (!node) { return; }
    var chart = window.echarts.init(node, null, { renderer: "canvas" });
    option.animation = false;  // drawn at once: the figures are read, not watched
    option.tooltip = option.tooltip || { trigger: "item" };
    chart.setOption(option);
    chart.on("click", function (params) { open(urlOf(params)); });
    charts[key] = chart;
    window.addEventListener("resize", function () { chart.resize(); });
  }

  // Tasks per group: total and closed side by side, the warning colours stacked.
  function countChart(key, rows) {
    var node = document.getElementById("chart-" + key);
    if (node && key !== "deadlines") { node.style.height = Math.max(340, 60 + rows.length * 34) + "px"; }
    var measures = ["total", "closed", "red", "yellow", "green", "grey"];
    var horizontal = key !== "deadlines";
    var categories = { type: "category", data: rows.map(function (r) { return r.label; }),
                       axisLabel: { interval: 0, width: 110, overflow: "truncate" }, inverse: horizontal };
    var values = { type: "value", minInterval: 1 };
    draw(key, {
      legend: { top: 0 },
      grid: { left: horizontal ? 120 : 40, right: 20, top: 40, bottom: 30, containLabel: !horizontal },
      xAxis: horizontal ? values : categories,
      yAxis: horizontal ? categories : values,
      series: measures.map(function (measure) {
        return { name: labels[measure], type: "bar", itemStyle: { color: colours[measure] },
                 stack: ["red", "yellow", "green", "grey"].indexOf(measure) >= 0 ? "warning" : undefined,
                 data: rows.map(function (r) { return r[measure]; }) };
      })
    }, function (params) {
      var row = rows[params.dataIndex];
      return row && row.urls[measures[params.seriesIndex]];
    });
  }

  countChart("areas", data.areas);
  countChart("lead", data.lead);
  countChart("co", data.co);
  countChart("deadlines", data.deadlines);

  var filing = ["on_time", "late", "not_filed"];
  draw("cycles", {
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 30, containLabel: true },
    xAxis: { type: "category", data: data.cycles.map(function (c) { return c.label; }) },
    yAxis: { type: "value", minInterval: 1 },
    series: filing.map(function (measure) {
      return { name: labels[measure], type: "bar", stack: "reports", itemStyle: { color: colours[measure] },
               data: data.cycles.map(function (c) { return c[measure]; }) };
    })
  }, function (params) { var c = data.cycles[params.dataIndex]; return c && c.url; });

  draw("trend", {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 30, containLabel: true },
    xAxis: { type: "category", data: data.trend.map(function (p) { return p.label; }) },
    yAxis: { type: "value", min: 0, max: 100 },
    series: [{ name: labels.percent, type: "line", symbolSize: 10, itemStyle: { color: colours.percent },
               data: data.trend.map(function (p) { return p.percent; }) }]
  }, function (params) { var p = data.trend[params.dataIndex]; return p && p.url; });
})();
