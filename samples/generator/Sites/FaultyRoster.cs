using Daisee.Billing.SampleGenerator.Physics;
using Daisee.Billing.SampleGenerator.Profiles;
using NodaTime;

namespace Daisee.Billing.SampleGenerator.Sites;

/// <summary>The small collective of the faulty variants: one 36 kWp roof and four consumers.</summary>
public static class FaultyRoster
{
    private static readonly LocalDate Start = new(2026, 1, 1);

    public static CollectiveSpec Create(string variant)
    {
        var participants = new List<ParticipantSpec>
        {
            new()
            {
                Prm = "30000000000001",
                Name = "Toiture atelier",
                Role = ParticipantRole.Producer,
                Kind = "rooftop-pv",
                SubscribedKva = 36m,
                Joined = Start,
                SurplusPriceEurPerKwh = 0.0761m,
                PeakKwp = 36m,
                Array = new PvArray(36, 15, 0, 0.86, 0.95),
            },
            Consumer("30000000000011", "Bureau A", ConsumerKind.Office, 24m, 0.6, "HPHC", 0.2310m),
            Consumer("30000000000012", "Foyer B", ConsumerKind.Household, 6m, 1.0, "base", 0.1952m),
            Consumer("30000000000013", "Boulangerie C", ConsumerKind.Bakery, 36m, 1.0, "HPHC", 0.2195m),
            Consumer("30000000000014", "Restaurant D", ConsumerKind.Restaurant, 36m, 0.8, "base", 0.2250m),
        };
        return new CollectiveSpec("Faulty sample - " + variant, "ACC00000099", 45.766m, 4.879m,
            StaticKeys.Assign(participants)) { BillingOverlay = "faulty-billing.json" };
    }

    private static ParticipantSpec Consumer(
        string prm, string name, ConsumerKind kind, decimal kva, double scale, string tariff, decimal price) => new()
    {
        Prm = prm,
        Name = name,
        Role = ParticipantRole.Consumer,
        Kind = ConsumerKindNames.JsonName(kind),
        SubscribedKva = kva,
        Joined = Start,
        PriorityGroup = ConsumerKindNames.IsHousehold(kind) ? 1 : 2,
        SupplierPriceEurPerKwh = price,
        TariffOption = tariff,
        Load = new ConsumerModel(kind, scale),
    };
}
