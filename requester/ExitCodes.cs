namespace Daisee.Billing.Requester;

/// <summary>The requester's exit codes, shared by every verb (documented in README.md and docs/iexec.md).</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something broke (configuration, network, chain, the worker crashed); the message names the step and what to do next.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong, including every parser error (unknown option, missing or malformed value).</summary>
    public const int Usage = 2;

    /// <summary>The worker ran and rejected the input: the conformity report says why.</summary>
    public const int Rejected = 3;

    /// <summary>A result did not match its manifest or the chain, or its zip could not be opened safely: it must not be trusted.</summary>
    public const int VerificationFailed = 4;

    /// <summary>Stopped by Ctrl+C (SIGINT, 128 + 2); an iExec task keeps running on chain and the message says how to resume.</summary>
    public const int Interrupted = 130;
}
