using System.Globalization;
using System.Net;
using System.Text;
using Daisee.Billing.Worker.Billing;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output.Html;

/// <summary>
/// The dashboard's view of a month billed again: why, and per cancelled invoice the member
/// (pseudonym unless names are published), the cancelled invoice, its credit note, the
/// replacement and the TTC before, after and the difference. Nothing when the month is billed once.
/// </summary>
public static class CorrectionsHtml
{
    public static void Write(StringBuilder html, BillingDocuments documents, IReadOnlyDictionary<Prm, string> names)
    {
        var corrections = documents.Corrections;
        if (corrections.IsEmpty)
        {
            return;
        }

        html.Append("<h2>Mois corrigé</h2>\n<p>Ce mois avait déjà été facturé. ")
            .Append(corrections.Length.ToString(CultureInfo.InvariantCulture))
            .Append(" facture(s) annulée(s) par avoir et remplacée(s) ; les autres restent telles qu'émises. Motif : <b>")
            .Append(E(string.Join(" ; ", corrections.Select(c => c.Reason).Distinct()))).Append("</b></p>\n");
        html.Append("<div class=\"wrap\"><table><tr><th>Membre</th><th>Facture annulée</th><th>Avoir</th><th>Nouvelle facture</th><th>Avant (TTC)</th><th>Après (TTC)</th><th>Écart</th></tr>\n");
        foreach (var c in corrections)
        {
            var after = c.Replacement?.TotalTtc.Amount ?? 0m;
            html.Append("<tr><td>").Append(E(names.TryGetValue(c.Buyer, out var n) ? n : c.Buyer.Value)).Append("</td><td>").Append(E(c.Cancelled.Number))
                .Append("</td><td>").Append(E(c.CreditNote.Number)).Append("</td><td>").Append(E(c.Replacement?.Number ?? "—"))
                .Append("</td><td>").Append(DailyTotals.Eur(Money.Euros(c.Cancelled.TotalTtc))).Append("</td><td>").Append(DailyTotals.Eur(Money.Euros(after)))
                .Append("</td><td>").Append(c.DifferenceEur > 0 ? "+" : string.Empty).Append(DailyTotals.Eur(Money.Euros(c.DifferenceEur))).Append("</td></tr>\n");
        }

        html.Append("</table></div>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
