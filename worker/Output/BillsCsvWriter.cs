using System.Globalization;
using Daisee.Billing.Worker.Billing;

namespace Daisee.Billing.Worker.Output;

/// <summary><c>bills.csv</c>: one row per bill line, for accounting: participant, line code, class, kWh, unit price, amount.</summary>
public static class BillsCsvWriter
{
    public const string FileName = "bills.csv";
    public const string Header = "participant,name,line,class,kwh,unit_price,amount,currency";

    public static byte[] Write(IEnumerable<Bill> bills) => CsvText.Write(Header, bills.SelectMany(b => b.Lines.Select(l => string.Join(',',
        b.Participant.Prm.Value,
        CsvText.Field(b.Participant.Name),
        l.Code,
        l.PriceClass,
        l.Energy.KilowattHours.ToString("0.000###", CultureInfo.InvariantCulture),
        l.Price.AmountPerKwh.ToString(CultureInfo.InvariantCulture),
        CsvText.Money(l.Amount.Amount),
        l.Amount.Currency))));
}
