using System.Text;
using Daisee.Billing.Worker.Billing;

namespace Daisee.Billing.Worker.Output.FacturX;

/// <summary>
/// The files of one invoice: <c>&lt;number&gt;.pdf</c> (Factur-X) and <c>&lt;number&gt;.xml</c> (the same
/// CII XML, for accounting imports). Characters other than ASCII letters, digits and '-' become
/// '_'; a number longer than 27 characters keeps its first 15 and its last 12 ("-YYYYMM-NNNN"),
/// so every name stays within 31 characters.
/// </summary>
public static class InvoiceFiles
{
    private const int MaxStem = Output.OutputSet.MaxNameLength - 4;

    public static string PdfName(Invoice invoice) => Stem(invoice.Number) + ".pdf";

    public static string XmlName(Invoice invoice) => Stem(invoice.Number) + ".xml";

    public static string Stem(string number)
    {
        var safe = new StringBuilder(number.Length);
        foreach (var c in number)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_');
        }

        var stem = safe.ToString();
        return stem.Length <= MaxStem ? stem : stem[..(MaxStem - 12)] + stem[^12..];
    }
}
