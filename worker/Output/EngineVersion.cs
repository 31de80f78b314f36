namespace Daisee.Billing.Worker.Output;

/// <summary>The billing engine's version, written into every manifest. Bump it when outputs change for the same input.</summary>
public static class EngineVersion
{
    public const string Value = "0.1.0";
}
