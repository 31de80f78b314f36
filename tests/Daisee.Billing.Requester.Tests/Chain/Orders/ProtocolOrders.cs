using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Orders;

namespace Daisee.Billing.Requester.Tests.Chain.Orders;

/// <summary>The four mutually matchable orders of iexec-protocol.md §4.6 (chain 421614, anvil key #0).</summary>
internal static class ProtocolOrders
{
    public static readonly EthECKey Key = ChainKeys.FromHex(CastVectors.AnvilKey0);

    public static readonly IexecDomain Domain =
        IexecDomain.For(421614, Address.Parse("0xB2157BF2fAb286b2A4170E3491Ac39770111Da3E"));

    public static readonly Hash32 Salt = Hash32.Parse("0x" + string.Concat(Enumerable.Repeat("ab", 32)));

    public static readonly Address App = Address.Parse("0x1111111111111111111111111111111111111111");
    public static readonly Address Dataset = Address.Parse("0x2222222222222222222222222222222222222222");
    public static readonly Address Workerpool = Address.Parse("0x3333333333333333333333333333333333333333");

    public static readonly AppOrder AppOrder = new(App, 0, 1_000_000, default, default, default, default, Salt);

    public static readonly DatasetOrder DatasetOrder = new(Dataset, 0, 1_000_000, default, default, default, default, Salt);

    public static readonly WorkerpoolOrder WorkerpoolOrder = new(Workerpool, 0, 1, default, 0, 0, default, default, default, Salt);

    public static readonly RequestOrder RequestOrder = new(
        App, 0, Dataset, 0, Workerpool, 0, Key.Address, 1, default, 0, 0, Key.Address, default,
        """{"iexec_args":"--in data.csv --mode fast","iexec_input_files":[],"iexec_result_storage_provider":"ipfs"}""",
        Salt);
}
