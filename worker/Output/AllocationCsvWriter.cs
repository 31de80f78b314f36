using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// <c>allocation.csv</c> (output contract): <c>start,participant,role,measured_wh,local_wh,grid_wh</c>,
/// one row per step and participant, steps in time order, participants by PRM.
/// </summary>
public static class AllocationCsvWriter
{
    public const string FileName = "allocation.csv";
    public const string Header = "start,participant,role,measured_wh,local_wh,grid_wh";

    public static byte[] Write(AllocationResult allocation) => CsvText.Write(Header, Rows(allocation));

    private static IEnumerable<string> Rows(AllocationResult allocation)
    {
        for (var t = 0; t < allocation.Period.StepCount; t++)
        {
            var start = CsvText.Instant(allocation.Period.StepAt(t).Start);
            foreach (var p in allocation.Participants)
            {
                yield return string.Join(',',
                    start,
                    p.Participant.Prm.Value,
                    p.Participant.Role.ToName(),
                    CsvText.WattHours(p.Measured[t]),
                    CsvText.WattHours(p.Local[t]),
                    CsvText.WattHours(p.Grid[t]));
            }
        }
    }
}
