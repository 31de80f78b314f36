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

    /// <summary>A row is about 60 bytes: the buffer is sized once for all of them.</summary>
    private const int RowBytes = 64;

    public static byte[] Write(AllocationResult allocation)
    {
        var participants = allocation.Participants;
        var steps = allocation.Period.StepCount;
        var starts = CsvText.StepStarts(allocation.Period);
        var labels = new byte[participants.Length][];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = System.Text.Encoding.UTF8.GetBytes($",{participants[i].Participant.Prm.Value},{participants[i].Participant.Role.ToName()},");
        }

        var csv = new CsvBuffer(Header, (long)steps * participants.Length * RowBytes);
        for (var t = 0; t < steps; t++)
        {
            for (var i = 0; i < labels.Length; i++)
            {
                var p = participants[i];
                csv.Append(starts[t]).Append(labels[i])
                    .AppendWattHours(p.Measured[t]).Append(',')
                    .AppendWattHours(p.Local[t]).Append(',')
                    .AppendWattHours(p.Grid[t]).Append('\n');
            }
        }

        return csv.ToArray();
    }
}
