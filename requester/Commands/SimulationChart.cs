using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ScottPlot;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// The simulator's chart: for each consumer, one bar per policy of the local energy it gets
/// (kWh), policies side by side, drawn with ScottPlot into <c>simulation.png</c>, and
/// <c>simulation.html</c>, a self-contained page with that chart (inline PNG data URI), the
/// policies' totals and the per-member table (same JSON → same bytes). Written by the requester beside the worker's result (they are views of
/// <c>simulation.json</c>, not part of the verified result).
/// </summary>
public static class SimulationChart
{
    public const string PngName = "simulation.png";
    public const string HtmlName = "simulation.html";

    private const string FontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private static readonly string[] TotalFields = ["localKwh", "surplusKwh", "selfConsumptionRate", "coverageRate", "savingEur"];

    private static readonly string[] Colours = ["#2E8B57", "#1F4E9E", "#E8A317", "#8C959F", "#B03A2E", "#6C3483"];

    public static void Write(JsonElement simulation, string folder)
    {
        var policies = simulation.GetProperty("policies").EnumerateArray().Where(p => !p.TryGetProperty("problem", out _)).ToList();
        var prms = policies.SelectMany(p => p.GetProperty("members").EnumerateArray())
            .Where(m => m.GetProperty("role").GetString() != "producer").Select(m => m.GetProperty("prm").GetString()!).Distinct().Order(StringComparer.Ordinal).ToList();
        if (File.Exists(FontFile))
        {
            Fonts.AddFontFile("DejaVu Sans", FontFile);
            Fonts.Default = "DejaVu Sans";
        }

        var plot = new Plot();
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var pi = 0; pi < policies.Count; pi++)
        {
            var colour = Color.FromHex(Colours[pi % Colours.Length]);
            var bars = prms.Select((prm, mi) => new Bar
            {
                Position = (mi * (policies.Count + 1)) + pi,
                Value = (double)Local(policies[pi], prm),
                FillColor = colour,
            }).ToList();
            plot.Add.Bars(bars);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = policies[pi].GetProperty("policy").GetString()!, FillColor = colour });
        }

        for (var mi = 0; mi < prms.Count; mi++)
        {
            ticks.AddMajor((mi * (policies.Count + 1)) + ((policies.Count - 1) / 2.0), prms[mi][^4..]);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Margins(bottom: 0);
        plot.Title($"Local energy per member and policy, {simulation.GetProperty("period").GetString()} ({simulation.GetProperty("curves").GetString()} curves)");
        plot.YLabel("Local energy (kWh)");
        plot.XLabel("Member (last 4 digits of the PRM)");
        plot.ShowLegend(Alignment.UpperRight);
        var png = plot.GetImageBytes(1200, 500, ImageFormat.Png);
        File.WriteAllBytes(Path.Combine(folder, PngName), png);
        File.WriteAllText(Path.Combine(folder, HtmlName), Html(simulation, policies, png), new UTF8Encoding(false));
    }

    private static decimal Local(JsonElement policy, string prm) =>
        policy.GetProperty("members").EnumerateArray().FirstOrDefault(m => m.GetProperty("prm").GetString() == prm) is { ValueKind: JsonValueKind.Object } m
            ? m.GetProperty("localKwh").GetDecimal()
            : 0m;

    private static string Html(JsonElement simulation, List<JsonElement> policies, byte[] png)
    {
        var period = WebUtility.HtmlEncode(simulation.GetProperty("period").GetString());
        var text = new StringBuilder();
        text.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Key policies ").Append(period).Append("</title>\n")
            .Append("<style>table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #8C959F;padding:2px 8px}td{text-align:right}</style></head><body>\n")
            .Append("<h1>Key policies, ").Append(period).Append(" (").Append(WebUtility.HtmlEncode(simulation.GetProperty("curves").GetString())).Append(" curves)</h1>\n")
            .Append("<img alt=\"Local energy per member and policy\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\">\n");
        Table(text, "The collective", ["policy", "local kWh", "surplus kWh", "self-consumption", "coverage", "savings €"],
            policies.Select(p => (IReadOnlyList<string>)[Text(p, "policy"), .. TotalFields.Select(n => Number(p, n))]));
        var members = policies.SelectMany(p => p.GetProperty("members").EnumerateArray().Select(m => (Policy: p, Member: m)))
            .OrderBy(x => Text(x.Member, "prm"), StringComparer.Ordinal)
            .Select(x => (IReadOnlyList<string>)[
                Text(x.Member, "prm"), Text(x.Member, "role"), Text(x.Policy, "policy"), Number(x.Member, "measuredKwh"), Number(x.Member, "localKwh"),
                Number(x.Member, Text(x.Member, "role") == "producer" ? "surplusKwh" : "complementKwh"), Number(x.Member, "savingEur"),
                Number(x.Member, "localShare"), Number(x.Member, "consumptionShare"), Number(x.Member, "investmentShare")]);
        Table(text, "Per member (producer: local = sold to members, grid = surplus; consumer: grid = complement)",
            ["member", "role", "policy", "measured kWh", "local kWh", "grid kWh", "saving €", "share of local energy", "share of consumption", "share of investment"], members);
        return text.Append("</body></html>\n").ToString();
    }

    private static void Table(StringBuilder text, string caption, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        text.Append("<table><caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption>\n<tr>");
        foreach (var h in header)
        {
            text.Append("<th>").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        }

        text.Append("</tr>\n");
        foreach (var row in rows)
        {
            text.Append("<tr>");
            foreach (var cell in row)
            {
                text.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            text.Append("</tr>\n");
        }

        text.Append("</table>\n");
    }

    private static string Text(JsonElement e, string name) => e.GetProperty(name).GetString() ?? string.Empty;

    /// <summary>The JSON number as written (invariant), or <c>-</c> when the member has none (a producer's saving, an investment share not given).</summary>
    private static string Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) ? value.GetDecimal().ToString(CultureInfo.InvariantCulture) : "-";
}
