using System.Globalization;
using System.Net;
using System.Text;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output.Html;

/// <summary>
/// <c>report.html</c>: one self-contained page (inline CSS and SVG, no script, no network) for the
/// whole collective: totals, daily production vs consumption (local / surplus / complement), each
/// member's coverage, the conformity summary and the bills table. Members appear under pseudonyms
/// unless <c>publishNames</c> is true; PRMs never appear. Readable on a phone (fluid layout).
/// </summary>
public static class ReportHtmlWriter
{
    public const string FileName = "report.html";

    private const string Style = """
        body{font-family:'DejaVu Sans',system-ui,sans-serif;margin:0 auto;max-width:960px;padding:12px;color:#1f2328;background:#fff}
        h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.1em;margin:1.2em 0 .4em}
        .kpis{display:flex;flex-wrap:wrap;gap:8px}.kpi{flex:1 1 140px;border:1px solid #d0d7de;border-radius:6px;padding:8px}
        .kpi b{display:block;font-size:1.2em}svg{width:100%;height:auto}
        table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border-bottom:1px solid #d0d7de;padding:4px;text-align:right}
        td:first-child,th:first-child{text-align:left}.wrap{overflow-x:auto}
        .bar{background:#eaeef2;height:12px;border-radius:3px}.bar i{display:block;height:12px;background:#2ea043;border-radius:3px}
        .legend span{display:inline-block;margin-right:12px}.sw{display:inline-block;width:10px;height:10px;margin-right:4px}
        """;

    public static byte[] Write(BillingPeriod period, Collective collective, AllocationResult allocation, BillingDocuments documents, ConformityReport report)
    {
        var names = collective.PublishNames
            ? collective.Participants.ToDictionary(p => p.Prm, p => p.Name)
            : Pseudonyms.Of(collective).ToDictionary(kv => kv.Key, kv => kv.Value);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append("<title>").Append(E($"{collective.Name} — {period.Name}")).Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        html.Append("<h1>").Append(E(collective.Name)).Append("</h1><p>Autoconsommation collective · opération ")
            .Append(E(collective.OperationId)).Append(" · période <b>").Append(period.Name).Append("</b></p>\n");
        Kpis(html, allocation, documents);
        html.Append("<h2>Production et consommation par jour</h2>\n").Append(ReportChart.Daily(period, allocation));
        Coverage(html, allocation, names);
        Conformity(html, report);
        BillsTable(html, allocation, documents, names);
        CorrectionsHtml.Write(html, documents, names);
        html.Append("<p><small>Montants TTC. Estimation fournisseur : complément au prix du fournisseur, TURPE, CTA, accise, TVA (taux datés avec leurs références dans bills.csv). Moteur ")
            .Append(E(EngineVersion.Value)).Append(".</small></p>\n</body></html>\n");
        return new UTF8Encoding(false).GetBytes(html.ToString());
    }

    private static void Kpis(StringBuilder html, AllocationResult allocation, BillingDocuments documents)
    {
        Energy Sum(IEnumerable<ParticipantAllocation> ps, Func<ParticipantAllocation, Energy> f) => ps.Aggregate(Energy.Zero, (s, p) => s + f(p));
        var production = Sum(allocation.Producers, p => p.MeasuredTotal);
        var local = Sum(allocation.Producers, p => p.LocalTotal);
        var consumption = Sum(allocation.Consumers, p => p.MeasuredTotal);
        var saving = documents.LocalInvoices.Select(b => documents.SavingOf(b.Participant.Prm)).OfType<Money>().Aggregate(0m, (s, m) => s + m.Amount);
        html.Append("<div class=\"kpis\">");
        Kpi(html, "Production", DailyTotals.Kwh(production));
        Kpi(html, "Consommation", DailyTotals.Kwh(consumption));
        Kpi(html, "Énergie partagée", DailyTotals.Kwh(local));
        Kpi(html, "Taux d'autoconsommation", Percent(local, production));
        Kpi(html, "Taux d'autoproduction", Percent(local, consumption));
        Kpi(html, "Économie estimée des membres (négative = surcoût)", DailyTotals.French(saving, "0.00") + " €");
        html.Append("</div>\n");
    }

    private static void Kpi(StringBuilder html, string label, string value) =>
        html.Append("<div class=\"kpi\">").Append(E(label)).Append("<b>").Append(E(value)).Append("</b></div>");

    private static void Coverage(StringBuilder html, AllocationResult allocation, Dictionary<Prm, string> names)
    {
        html.Append("<h2>Part locale de chaque membre</h2>\n<table><tr><th>Membre</th><th>Part locale</th><th style=\"width:45%\"></th></tr>\n");
        foreach (var c in allocation.Consumers)
        {
            var rate = ParticipantJsonWriter.Rate(c.LocalTotal, c.MeasuredTotal) * 100m;
            var width = decimal.Round(rate, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
            html.Append("<tr><td>").Append(E(names[c.Participant.Prm])).Append("</td><td>").Append(DailyTotals.French(rate, "0.0")).Append(" %</td>")
                .Append("<td><div class=\"bar\"><i style=\"width:").Append(width).Append("%\"></i></div></td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Conformity(StringBuilder html, ConformityReport report)
    {
        html.Append("<h2>Conformité des données</h2>\n<p>").Append(report.RowsRead.ToString(CultureInfo.InvariantCulture)).Append(" lignes lues, ")
            .Append(report.RowsAccepted.ToString(CultureInfo.InvariantCulture)).Append(" acceptées, ")
            .Append(report.RowsRejected.ToString(CultureInfo.InvariantCulture)).Append(" rejetées · ")
            .Append(report.Issues.Count(i => i.Severity == Severity.Error).ToString(CultureInfo.InvariantCulture)).Append(" erreur(s), ")
            .Append(report.Issues.Count(i => i.Severity == Severity.Warning).ToString(CultureInfo.InvariantCulture)).Append(" avertissement(s)</p>\n");
        if (report.IssuesByCode.Count > 0)
        {
            html.Append("<table><tr><th>Code</th><th>Nombre</th></tr>");
            foreach (var (code, count) in report.IssuesByCode)
            {
                html.Append("<tr><td>").Append(E(code)).Append("</td><td>").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
            }

            html.Append("</table>\n");
        }
    }

    private static void BillsTable(StringBuilder html, AllocationResult allocation, BillingDocuments documents, Dictionary<Prm, string> names)
    {
        html.Append("<h2>Factures du mois</h2>\n<div class=\"wrap\"><table><tr><th>Membre</th><th>Local</th><th>Réseau</th><th>Facture locale</th><th>Estimation fournisseur</th><th>Économie estimée</th></tr>\n");
        foreach (var c in allocation.Consumers)
        {
            var prm = c.Participant.Prm;
            html.Append("<tr><td>").Append(E(names[prm])).Append("</td><td>").Append(DailyTotals.Kwh(c.LocalTotal)).Append("</td><td>").Append(DailyTotals.Kwh(c.GridTotal))
                .Append("</td><td>").Append(Eur(documents.LocalInvoiceOf(prm)?.Total)).Append("</td><td>").Append(Eur(documents.EstimateOf(prm)?.WithCollective.Total))
                .Append("</td><td>").Append(Eur(documents.SavingOf(prm))).Append("</td></tr>\n");
        }

        foreach (var p in allocation.Producers)
        {
            var statement = documents.StatementOf(p.Participant.Prm);
            html.Append("<tr><td>").Append(E(names[p.Participant.Prm])).Append(" (producteur)</td><td>").Append(DailyTotals.Kwh(p.LocalTotal)).Append("</td><td>")
                .Append(DailyTotals.Kwh(p.GridTotal)).Append("</td><td>").Append(Eur(statement?.Total)).Append(" HT</td><td></td><td></td></tr>\n");
        }

        html.Append("</table></div>\n");
    }

    private static string Percent(Energy part, Energy whole) => DailyTotals.French(ParticipantJsonWriter.Rate(part, whole) * 100m, "0.0") + " %";

    private static string Eur(Money? money) => money is { } m ? DailyTotals.Eur(m) : "—";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
