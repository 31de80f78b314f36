using System.Reflection;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Chain.Abi;

namespace Daisee.Billing.Requester.Governance;

/// <summary>
/// The compiled <c>DaiseeCollective</c> (<c>contracts/out/</c>, committed and embedded in the
/// requester) so deploying needs no compiler. <see cref="CreationCode"/> is the creation
/// bytecode (the constructor takes no arguments); <see cref="AbiJson"/> is solc's ABI JSON.
/// </summary>
public sealed record CollectiveArtifacts(byte[] CreationCode, string AbiJson)
{
    private const string ResourcePrefix = "Daisee.Billing.Requester.Governance.";

    /// <summary>The file name stem under <c>contracts/out/</c>.</summary>
    public const string ContractName = "DaiseeCollective";

    /// <summary>The embedded ABI, through Nethereum.</summary>
    public static ContractAbi Abi { get; } = new(Embedded().AbiJson);

    /// <summary>The artifacts embedded at build time from <c>contracts/out/</c>.</summary>
    public static CollectiveArtifacts Embedded()
    {
        var assembly = typeof(CollectiveArtifacts).Assembly;
        return new CollectiveArtifacts(ParseBin(ReadResource(assembly, ContractName + ".bin")), ReadResource(assembly, ContractName + ".abi"));
    }

    /// <summary>The artifacts in <paramref name="directory"/> (<c>DaiseeCollective.bin</c> and <c>.abi</c>).</summary>
    public static CollectiveArtifacts FromDirectory(string directory) =>
        new(
            ParseBin(File.ReadAllText(Path.Combine(directory, ContractName + ".bin"))),
            File.ReadAllText(Path.Combine(directory, ContractName + ".abi")));

    private static byte[] ParseBin(string text)
    {
        var hex = text.Trim();
        return Hex.Decode(hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex : "0x" + hex);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The requester was built without the resource {ResourcePrefix + name} (contracts/out/).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
