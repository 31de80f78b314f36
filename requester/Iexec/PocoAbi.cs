using System.Collections.Immutable;
using Daisee.Billing.Requester.Chain.Abi;

namespace Daisee.Billing.Requester.Iexec;

/// <summary>The PoCo 6.1.0 functions and events the requester and the local stack use (hub, registries, RLC).</summary>
public static class PocoAbi
{
    private const string Cut = "(address facetAddress,uint8 action,bytes4[] functionSelectors)";

    /// <summary>The Diamond's constructor arguments: (FacetCut[] cuts, DiamondArgs{owner, init, initCalldata}).</summary>
    public static ImmutableArray<AbiType> DiamondConstructor { get; } = [AbiType.Parse(Cut + "[]"), AbiType.Parse("(address,address,bytes)")];

    /// <summary><c>DiamondInit.init()</c>.</summary>
    public static AbiFunction DiamondInit { get; } = AbiFunction.Parse("init()");

    /// <summary><c>diamondCut(FacetCut[],address,bytes)</c>.</summary>
    public static AbiFunction DiamondCut { get; } = AbiFunction.Parse($"diamondCut({Cut}[] cuts, address init, bytes data)");

    /// <summary>Registry <c>initialize(address previous)</c>.</summary>
    public static AbiFunction RegistryInitialize { get; } = AbiFunction.Parse("initialize(address previous)");

    /// <summary><c>configure(token, name, symbol, decimals, appRegistry, datasetRegistry, workerpoolRegistry, v3Hub)</c>.</summary>
    public static AbiFunction Configure { get; } = AbiFunction.Parse(
        "configure(address token,string name,string symbol,uint8 decimals,address apps,address datasets,address workerpools,address v3)");

    /// <summary><c>createCategory(name, description, workClockTimeRef seconds)</c>.</summary>
    public static AbiFunction CreateCategory { get; } = AbiFunction.Parse("createCategory(string name,string description,uint256 workClockTimeRef) returns (uint256)");

    /// <summary><c>countCategory()</c>.</summary>
    public static AbiFunction CountCategory { get; } = AbiFunction.Parse("countCategory() returns (uint256)");

    /// <summary><c>eip712domain_separator()</c>.</summary>
    public static AbiFunction DomainSeparator { get; } = AbiFunction.Parse("eip712domain_separator() returns (bytes32)");

    /// <summary><c>token()</c>: the RLC contract.</summary>
    public static AbiFunction Token { get; } = AbiFunction.Parse("token() returns (address)");

    /// <summary><c>appregistry()</c>.</summary>
    public static AbiFunction AppRegistry { get; } = AbiFunction.Parse("appregistry() returns (address)");

    /// <summary><c>datasetregistry()</c>.</summary>
    public static AbiFunction DatasetRegistry { get; } = AbiFunction.Parse("datasetregistry() returns (address)");

    /// <summary><c>workerpoolregistry()</c>.</summary>
    public static AbiFunction WorkerpoolRegistry { get; } = AbiFunction.Parse("workerpoolregistry() returns (address)");

    /// <summary><c>createApp(owner, name, type, multiaddr, checksum, mrenclave)</c>.</summary>
    public static AbiFunction CreateApp { get; } = AbiFunction.Parse("createApp(address owner,string name,string appType,bytes multiaddr,bytes32 checksum,bytes mrenclave) returns (address)");

    /// <summary><c>predictApp</c>, same arguments.</summary>
    public static AbiFunction PredictApp { get; } = AbiFunction.Parse("predictApp(address owner,string name,string appType,bytes multiaddr,bytes32 checksum,bytes mrenclave) returns (address)");

    /// <summary><c>createDataset(owner, name, multiaddr, checksum)</c>.</summary>
    public static AbiFunction CreateDataset { get; } = AbiFunction.Parse("createDataset(address owner,string name,bytes multiaddr,bytes32 checksum) returns (address)");

    /// <summary><c>predictDataset</c>, same arguments.</summary>
    public static AbiFunction PredictDataset { get; } = AbiFunction.Parse("predictDataset(address owner,string name,bytes multiaddr,bytes32 checksum) returns (address)");

    /// <summary><c>createWorkerpool(owner, description)</c>.</summary>
    public static AbiFunction CreateWorkerpool { get; } = AbiFunction.Parse("createWorkerpool(address owner,string description) returns (address)");

    /// <summary><c>predictWorkerpool</c>, same arguments.</summary>
    public static AbiFunction PredictWorkerpool { get; } = AbiFunction.Parse("predictWorkerpool(address owner,string description) returns (address)");

    /// <summary><c>isRegistered(address)</c> on a registry.</summary>
    public static AbiFunction IsRegistered { get; } = AbiFunction.Parse("isRegistered(address entry) returns (bool)");

    /// <summary>ERC-20 <c>transfer</c> (RLC, amounts in nRLC).</summary>
    public static AbiFunction Transfer { get; } = AbiFunction.Parse("transfer(address to,uint256 amount) returns (bool)");

    /// <summary>ERC-20 <c>approve</c>.</summary>
    public static AbiFunction Approve { get; } = AbiFunction.Parse("approve(address spender,uint256 amount) returns (bool)");

    /// <summary>RLC <c>approveAndCall</c>: the hub's <c>receiveApproval</c> deposits.</summary>
    public static AbiFunction ApproveAndCall { get; } = AbiFunction.Parse("approveAndCall(address spender,uint256 amount,bytes extraData) returns (bool)");

    /// <summary>ERC-20 <c>balanceOf</c>.</summary>
    public static AbiFunction BalanceOf { get; } = AbiFunction.Parse("balanceOf(address owner) returns (uint256)");

    /// <summary>Hub <c>deposit(uint256)</c> (token flavour, after an approve).</summary>
    public static AbiFunction Deposit { get; } = AbiFunction.Parse("deposit(uint256 amount) returns (bool)");

    /// <summary>Hub <c>viewAccount(address)</c> → (stake, locked).</summary>
    public static AbiFunction ViewAccount { get; } = AbiFunction.Parse("viewAccount(address account) returns ((uint256 stake,uint256 locked))");

    /// <summary>Hub <c>viewConsumed(bytes32 orderHash)</c>.</summary>
    public static AbiFunction ViewConsumed { get; } = AbiFunction.Parse("viewConsumed(bytes32 orderHash) returns (uint256)");

    /// <summary>Hub <c>initialize(bytes32 dealid, uint256 idx)</c> → taskid.</summary>
    public static AbiFunction InitializeTask { get; } = AbiFunction.Parse("initialize(bytes32 dealid,uint256 idx) returns (bytes32)");

    /// <summary>Hub <c>contributeAndFinalize</c> (trust-1 path).</summary>
    public static AbiFunction ContributeAndFinalize { get; } = AbiFunction.Parse(
        "contributeAndFinalize(bytes32 taskid,bytes32 resultDigest,bytes results,bytes resultsCallback,address enclaveChallenge,bytes enclaveSign,bytes authorizationSign)");

    /// <summary>Hub <c>viewTask(bytes32)</c>.</summary>
    public static AbiFunction ViewTask { get; } = AbiFunction.Parse(
        "viewTask(bytes32 taskid) returns ((uint8,bytes32,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,uint256,address[],bytes32,bytes,uint256,bytes))");

    /// <summary>Hub <c>viewDeal(bytes32)</c>.</summary>
    public static AbiFunction ViewDeal { get; } = AbiFunction.Parse(
        "viewDeal(bytes32 dealid) returns (((address,address,uint256),(address,address,uint256),(address,address,uint256),uint256,uint256,bytes32,address,address,address,string,uint256,uint256,uint256,uint256,uint256,address))");

    /// <summary><c>OrdersMatched(dealid, appHash, datasetHash, workerpoolHash, requestHash, volume)</c>.</summary>
    public static AbiEvent OrdersMatched { get; } = AbiEvent.Parse(
        "OrdersMatched(bytes32 dealid,bytes32 appHash,bytes32 datasetHash,bytes32 workerpoolHash,bytes32 requestHash,uint256 volume)");

    /// <summary><c>SchedulerNotice(address indexed workerpool, bytes32 dealid)</c>.</summary>
    public static AbiEvent SchedulerNotice { get; } = AbiEvent.Parse("SchedulerNotice(address indexed workerpool,bytes32 dealid)");

    /// <summary>Every function above, for readable revert messages.</summary>
    public static ImmutableArray<AbiFunction> All { get; } =
    [
        DiamondInit, DiamondCut, RegistryInitialize, Configure, CreateCategory, CreateApp, CreateDataset, CreateWorkerpool,
        Transfer, Approve, ApproveAndCall, Deposit, InitializeTask, ContributeAndFinalize, Chain.Orders.MatchOrdersCall.Function,
    ];
}
