using System.Runtime.ExceptionServices;
using Daisee.Billing.Worker.Allocation;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Output;

/// <summary>
/// The three per-step files (<c>curves.csv</c>, <c>allocation.csv</c>, <c>keys.csv</c>: most of a
/// result's bytes) written at the same time on the machine's cores. Each file is formatted by one
/// thread into its own stream and digest, so its bytes and its manifest entry are those of a
/// sequential write; the largest starts first so that the other two share the second core.
/// </summary>
public static class StepFilesWriter
{
    /// <param name="billed">The split the bills use (<c>allocation.csv</c>).</param>
    /// <param name="engine">Our own split (<c>keys.csv</c>).</param>
    public static void Write(OutputSet files, AllocationResult billed, AllocationResult engine, CurveSet curves)
    {
        ArgumentNullException.ThrowIfNull(files);
        try
        {
            Parallel.Invoke(
                () => files.Write(CurvesCsvWriter.FileName, s => CurvesCsvWriter.Write(curves, s)),
                () => files.Write(AllocationCsvWriter.FileName, s => AllocationCsvWriter.Write(billed, s)),
                () => files.Write(KeysCsvWriter.FileName, s => KeysCsvWriter.Write(engine, s)));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The first failure as it was thrown (the caller sees what a sequential write would have shown).
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
