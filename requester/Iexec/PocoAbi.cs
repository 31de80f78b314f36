using System.Collections.Immutable;
using Daisee.Billing.Requester.Chain.Abi;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>
/// The PoCo 6.1.0 ABIs the requester speaks, as published in the <c>@iexec/poco</c> npm package
/// (<c>abis/contracts/…</c>, copied unchanged into <c>contracts/poco/</c> and embedded): the hub
/// (<c>IexecInterfaceToken</c>), the three registries and their entries. RLC is a plain ERC-20
/// (Nethereum's standard ERC-20 messages); deployment-only contracts come from the package itself
/// (<see cref="PocoArtifact.Contract"/>).
/// </summary>
public static class PocoAbi
{
    /// <summary>The files under <c>contracts/poco/</c>.</summary>
    public static readonly ImmutableArray<string> Files =
        ["IexecInterfaceToken", "AppRegistry", "DatasetRegistry", "WorkerpoolRegistry", "App", "Dataset", "Workerpool"];

    /// <summary>The hub (the diamond proxy): matchOrders, viewDeal, viewTask, claim, deposit…</summary>
    public static ContractAbi Hub { get; } = Load("IexecInterfaceToken");

    /// <summary>The app registry (createApp, predictApp, isRegistered).</summary>
    public static ContractAbi AppRegistry { get; } = Load("AppRegistry");

    /// <summary>The dataset registry.</summary>
    public static ContractAbi DatasetRegistry { get; } = Load("DatasetRegistry");

    /// <summary>The workerpool registry.</summary>
    public static ContractAbi WorkerpoolRegistry { get; } = Load("WorkerpoolRegistry");

    /// <summary>A registered app (owner, m_appMultiaddr…).</summary>
    public static ContractAbi App { get; } = Load("App");

    /// <summary>A registered dataset (owner, m_datasetMultiaddr, m_datasetChecksum).</summary>
    public static ContractAbi Dataset { get; } = Load("Dataset");

    /// <summary>A registered workerpool.</summary>
    public static ContractAbi Workerpool { get; } = Load("Workerpool");

    /// <summary>Every ABI above, for readable revert messages.</summary>
    public static ImmutableArray<ContractAbi> All { get; } = [Hub, AppRegistry, DatasetRegistry, WorkerpoolRegistry, App, Dataset, Workerpool];

    /// <summary>The embedded text of <c>contracts/poco/<paramref name="name"/>.json</c>.</summary>
    public static string Text(string name)
    {
        using var stream = typeof(PocoAbi).Assembly.GetManifestResourceStream($"Daisee.Billing.Requester.Iexec.Poco.{name}.json")
            ?? throw new InvalidOperationException($"The requester was built without contracts/poco/{name}.json.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ContractAbi Load(string name) => new(Text(name));
}
