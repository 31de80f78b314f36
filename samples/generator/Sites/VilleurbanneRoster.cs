using System.Globalization;
using Daisee.Billing.SampleGenerator.Physics;
using Daisee.Billing.SampleGenerator.Profiles;
using NodaTime;

namespace Daisee.Billing.SampleGenerator.Sites;

/// <summary>
/// The main sample: an ACC around a tertiary building in Villeurbanne, a 100 kWp roof and a
/// 9 kWp school roof, and up to 16 named consumers (more are added as extra households).
/// </summary>
public static class VilleurbanneRoster
{
    private static readonly LocalDate Start = new(2026, 1, 1);

    private static readonly Template[] Named =
    [
        new("Bureau d'etudes Rhone Ingenierie", ConsumerKind.Office, 36m, 1.0, "HPHC", 0.2310m),
        new("Cabinet d'architectes Lumiere", ConsumerKind.Office, 18m, 0.42, "base", 0.2380m),
        new("Boulangerie Grandclement", ConsumerKind.Bakery, 36m, 1.0, "HPHC", 0.2195m),
        new("Restaurant Le Petit Bouchon", ConsumerKind.Restaurant, 36m, 1.0, "base", 0.2250m),
        new("Epicerie des Gratte-Ciel", ConsumerKind.Shop, 24m, 1.0, "base", 0.2290m),
        new("Pharmacie de la Poste", ConsumerKind.Pharmacy, 15m, 1.0, "base", 0.2350m),
        new("Ecole maternelle Grandclement", ConsumerKind.School, 36m, 1.0, "base", 0.2100m),
        new("Salon de coiffure Tendance", ConsumerKind.Hairdresser, 12m, 1.0, "base", 0.2516m),
        new("Cabinet medical Dr Perrin", ConsumerKind.MedicalPractice, 9m, 1.0, "base", 0.2420m),
        new("Foyer Martin", ConsumerKind.Household, 6m, 1.0, "base", 0.1952m),
        new("Foyer Nguyen", ConsumerKind.Household, 9m, 1.1, "HPHC", 0.2016m),
        new("Foyer Benali", ConsumerKind.HouseholdElectricHeating, 12m, 1.0, "HPHC", 0.2016m),
        new("Foyer Rossi", ConsumerKind.Household, 6m, 0.85, "base", 0.1952m),
        new("Foyer Dupont", ConsumerKind.HouseholdDaytime, 6m, 1.0, "base", 0.1952m),
        new("Foyer Lambert", ConsumerKind.HouseholdElectricVehicle, 9m, 1.0, "HPHC", 0.2016m),
        new("Maison des associations", ConsumerKind.CommunityHall, 12m, 1.0, "base", 0.2280m),
    ];

    public static CollectiveSpec Create(int consumerCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(consumerCount);
        var participants = new List<ParticipantSpec>
        {
            Producer("30000000000001", "Toiture Grandclement", 100m, 0.0761m, new PvArray(100, 12, -8, 0.87, 0.92)),
            Producer("30000000000002", "Toiture ecole maternelle", 9m, 0.04m, new PvArray(9, 15, 25, 0.84, 0.95)),
        };
        for (int i = 0; i < consumerCount; i++)
        {
            participants.Add(Consumer(i));
        }

        return new CollectiveSpec("Villeurbanne - Toiture Grandclement", "ACC00000001", 45.766m, 4.879m,
            StaticKeys.Assign(participants)) { BillingOverlay = "villeurbanne-billing.json" };
    }

    private static ParticipantSpec Producer(string prm, string name, decimal kwp, decimal surplusPrice, PvArray array) => new()
    {
        Prm = prm,
        Name = name,
        Role = ParticipantRole.Producer,
        Kind = "rooftop-pv",
        SubscribedKva = kwp,
        Joined = Start,
        SurplusPriceEurPerKwh = surplusPrice,
        PeakKwp = kwp,
        Array = array,
    };

    private static ParticipantSpec Consumer(int index)
    {
        string prm = (30000000000011L + index).ToString(CultureInfo.InvariantCulture);
        Template named = index < Named.Length
            ? Named[index]
            : new("Foyer " + (index + 1).ToString(CultureInfo.InvariantCulture), ConsumerKind.Household, 6m,
                0.8 + (0.05 * (index % 7)), "base", 0.1952m);
        return new ParticipantSpec
        {
            Prm = prm,
            Name = named.Name,
            Role = ParticipantRole.Consumer,
            Kind = ConsumerKindNames.JsonName(named.Kind),
            SubscribedKva = named.Kva,
            Joined = named.Kind == ConsumerKind.Bakery ? new LocalDate(2026, 3, 10) : Start,
            Left = named.Kind == ConsumerKind.Hairdresser ? new LocalDate(2026, 10, 15) : null,
            PriorityGroup = ConsumerKindNames.IsHousehold(named.Kind) ? 1 : 2,
            SupplierPriceEurPerKwh = named.Price,
            TariffOption = named.Tariff,
            Load = new ConsumerModel(named.Kind, named.Scale, OffPeakWaterHeater: named.Name == "Foyer Nguyen"),
        };
    }

    /// <summary>A named consumer: load kind, kVA, size multiplier, tariff option, supplier price (EUR/kWh).</summary>
    private sealed record Template(string Name, ConsumerKind Kind, decimal Kva, double Scale, string Tariff, decimal Price);
}
