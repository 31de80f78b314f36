using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Validation;

/// <summary>
/// Counts rows that are valid but not for this bill (a PRM outside the collective, a step
/// outside the month; and a member's rows outside its membership, which stay measured) and reports one issue per file and cause, naming the first line and the count.
/// </summary>
public sealed class OutOfScopeTally
{
    private readonly SortedDictionary<(string Source, string Code, string Prm), (int FirstLine, long Count)> _tally = new();

    public void UnknownPrm(MeterReading reading) => Count(reading, IssueCodes.PrmUnknown);

    public void OutsidePeriod(MeterReading reading) => Count(reading, IssueCodes.OutsidePeriod);

    public void OutsideMembership(MeterReading reading) => Count(reading, IssueCodes.OutsideMembership);

    public void Report(ConformityLog log)
    {
        foreach (var ((source, code, prm), (firstLine, count)) in _tally)
        {
            var message = code == IssueCodes.PrmUnknown
                ? $"{source} line {firstLine}: PRM {prm} is not a member of the collective; {count} row(s) counted and not used."
                : code == IssueCodes.OutsideMembership
                ? $"{source} line {firstLine}: {count} row(s) of PRM {prm} fall on days it is not a member (joined/left in collective.json): shown as measured, never allocated."
                : $"{source} line {firstLine}: {count} row(s) of PRM {prm} fall outside the billed month and were not used.";
            log.Add(new Issue(code == IssueCodes.PrmUnknown ? Severity.Warning : Severity.Info, code, source, firstLine, message)
            {
                Field = code == IssueCodes.PrmUnknown ? "Identifiant PRM" : "Horodate",
                Prm = Prm.Parse(prm),
            });
        }
    }

    private void Count(MeterReading reading, string code)
    {
        var key = (reading.Source, code, reading.Prm.Value);
        _tally[key] = _tally.TryGetValue(key, out var seen) ? (seen.FirstLine, seen.Count + 1) : (reading.Line, 1);
    }
}
