using System.Runtime.CompilerServices;
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

    public static byte[] Write(AllocationResult allocation)
    {
        using var bytes = new MemoryStream();
        Write(allocation, bytes);
        return bytes.ToArray();
    }

    /// <summary>The file written into <paramref name="output"/> as it is formatted.</summary>
    /// <remarks>Compiled optimized at its first call: the run calls it once, for every row of the file.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write(AllocationResult allocation, Stream output)
    {
        var participants = allocation.Participants;
        var steps = allocation.Period.StepCount;
        var starts = CsvText.StepStarts(allocation.Period);
        var labels = new byte[participants.Length][];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = System.Text.Encoding.UTF8.GetBytes($",{participants[i].Participant.Prm.Value},{participants[i].Participant.Role.ToName()},");
        }

        var csv = new CsvBuffer(output, Header);
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

        csv.Flush();
    }
}
