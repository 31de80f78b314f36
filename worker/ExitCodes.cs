namespace Daisee.Billing.Worker;

/// <summary>The worker's exit codes. 0 whenever a result, even a rejection report, was written.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Nothing sensible could be written (broken environment, unwritable output folder, a bug).</summary>
    public const int Failure = 1;

    /// <summary>No output folder is known: neither IEXEC_OUT nor --out.</summary>
    public const int Usage = 2;
}
