using System.Globalization;
using System.Text;
using Daisee.Billing.Worker.Billing;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// <c>bills.csv</c>: one row per line of every bill, supplier estimate and producer statement, for
/// accounting. The first eight columns are the foundation's; the others say which document, what
/// quantity at what rate, the dates, and the legal reference and confidence of regulated rates.
/// <c>bills-fr.csv</c> is the same table for a French spreadsheet: <c>;</c>, decimal comma, UTF-8 BOM.
/// </summary>
public static class BillsCsvWriter
{
    public const string FileName = "bills.csv";
    public const string FrenchFileName = "bills-fr.csv";
    public const string Header = "participant,name,line,class,kwh,unit_price,amount,currency,document,label,quantity,quantity_unit,rate,rate_unit,from,to,reference,confidence";

    public static byte[] Write(IEnumerable<Bill> bills) =>
        CsvText.Write(Header, Rows(bills, ',', CultureInfo.InvariantCulture));

    public static byte[] WriteFrench(IEnumerable<Bill> bills)
    {
        var french = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        french.NumberFormat.NumberDecimalSeparator = ",";
        var body = CsvText.Write(Header.Replace(',', ';'), Rows(bills, ';', CultureInfo.ReadOnly(french)));
        return [.. Encoding.UTF8.Preamble, .. body];
    }

    public static string DocumentName(BillKind kind) => kind switch
    {
        BillKind.LocalInvoice => "local-invoice",
        BillKind.SupplierEstimate => "supplier-estimate",
        BillKind.WithoutCollective => "without-collective",
        BillKind.ProducerStatement => "producer-statement",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static IEnumerable<string> Rows(IEnumerable<Bill> bills, char separator, CultureInfo culture) =>
        bills.SelectMany(b => b.Lines.Select(l => string.Join(separator,
            b.Participant.Prm.Value,
            Field(b.Participant.Name, separator),
            l.Code,
            l.PriceClass,
            l.Energy.KilowattHours.ToString("0.000###", culture),
            l.Price is { } price ? price.AmountPerKwh.ToString(culture) : string.Empty,
            l.Amount.Amount.ToString("0.00", culture),
            l.Amount.Currency,
            DocumentName(b.Kind),
            Field(l.Label, separator),
            l.Quantity.ToString(culture),
            l.QuantityUnit,
            l.Rate.ToString(culture),
            l.RateUnit,
            l.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            l.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            Field(l.Source?.Reference, separator),
            l.Source?.Confidence ?? string.Empty)));

    private static string Field(string? value, char separator) =>
        separator == ',' || value is null || !value.Contains(separator, StringComparison.Ordinal) ? CsvText.Field(value) : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
