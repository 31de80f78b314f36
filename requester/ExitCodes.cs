namespace Daisee.Billing.Requester;

/// <summary>The requester's exit codes, shared by every verb.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something broke (environment, network, the worker crashed); the message says what to do next.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>The worker ran and rejected the input: the conformity report says why.</summary>
    public const int Rejected = 3;

    /// <summary>A result did not match its manifest or the chain: it must not be trusted.</summary>
    public const int VerificationFailed = 4;

    /// <summary><c>verify</c> without chain access: the files match their manifest, but nothing proves the manifest is the collective's.</summary>
    public const int NotVerifiedAgainstChain = 5;
}
