using System.Collections.Immutable;
using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>Turns a validated <see cref="CollectiveFile"/> into the domain <see cref="Collective"/>, applying documented defaults.</summary>
public static class CollectiveMapping
{
    public const string DefaultTimeZone = "Europe/Paris";
    public const int DefaultStepMinutes = 30;

    public static Collective ToDomain(CollectiveFile file)
    {
        var currency = file.Currency ?? "EUR";
        var participants = file.Participants!
            .Select(p => ToParticipant(p!, currency))
            .OrderBy(p => p.Prm)
            .ToImmutableArray();
        var prices = file.LocalPrices!
            .Select(p => ToPriceSet(p!, currency))
            .OrderBy(p => p.From)
            .ToImmutableArray();
        return new Collective(
            file.Name!,
            file.OperationId ?? string.Empty,
            DateTimeZoneProviders.Tzdb[file.TimeZone ?? DefaultTimeZone],
            file.StepMinutes ?? DefaultStepMinutes,
            currency,
            participants,
            ToRules(file.Allocation),
            prices,
            ToRegulated(file.Regulated),
            ToPolicies(file.Policies))
        {
            PublishNames = file.PublishNames ?? false,
            Sellers = [.. (file.Sellers ?? []).OfType<SellerFile>().Select(SellerMapping.ToSeller).OrderBy(s => s.Id, StringComparer.Ordinal)],
            Invoicing = SellerMapping.ToInvoicing(file.Invoicing),
            DefaultOffer = file.DefaultSupplierOffer is { } offer ? SellerMapping.ToOffer(offer, currency) : null,
        };
    }

    private static Participant ToParticipant(ParticipantFile p, string currency)
    {
        var role = RoleNames.TryParse(p.Role, out var parsed) ? parsed : throw new InvalidOperationException("Validated roles always parse.");
        var membership = new Membership(CollectiveValues.ParseDate(p.Joined), CollectiveValues.ParseDate(p.Left));
        return new Participant(Prm.Parse(p.Prm!), p.Name!, role, membership)
        {
            StaticKey = p.StaticKey,
            PriorityGroup = p.PriorityGroup,
            SurplusPrice = p.SurplusPriceEurPerKwh is { } s ? new UnitPrice(s, currency) : null,
            SupplierPrice = p.SupplierPriceEurPerKwh is { } c ? new UnitPrice(c, currency) : null,
            Kind = p.Kind,
            SubscribedKva = p.SubscribedKva,
            TariffOption = p.TariffOption,
            TurpeFta = p.TurpeFta,
        }.WithBilling(p, currency);
    }

    private static LocalPriceSet ToPriceSet(LocalPriceFile p, string currency)
    {
        var classes = p.Classes!.ToImmutableSortedDictionary(
            kv => kv.Key, kv => new UnitPrice(kv.Value, currency), StringComparer.Ordinal);
        var offPeak = (p.OffPeak ?? []).Select(r => CollectiveValues.ParseRange(r)!.Value).ToImmutableArray();
        return new LocalPriceSet(CollectiveValues.ParseDate(p.From)!.Value, classes, offPeak)
        {
            MonthlyFee = p.MonthlyFeeEur is { } fee ? new Money(fee, currency) : null,
        };
    }

    private static AllocationRules ToRules(AllocationFile? a) => new(ParseMethod(a?.Method) ?? AllocationMethod.Prorata)
    {
        KeysFile = a?.KeysFile,
        Within = ParseMethod(a?.Within) ?? AllocationMethod.Prorata,
        StaticRedistribute = a?.StaticUnused == "redistribute",
    };

    public static AllocationMethod? ParseMethod(string? method) => method switch
    {
        "prorata" => AllocationMethod.Prorata,
        "static" => AllocationMethod.Static,
        "dynamic-simple" => AllocationMethod.DynamicSimple,
        "full-dynamic" => AllocationMethod.FullDynamic,
        "cascade" => AllocationMethod.Cascade,
        _ => null,
    };

    private static RegulatedOptions ToRegulated(RegulatedFile? r) => r is null
        ? RegulatedOptions.Default
        : new RegulatedOptions(r.TurpeOption ?? "none", r.Accise ?? true, r.Cta ?? false, r.Vat ?? true)
        {
            AcciseAccZeroRate = r.AcciseAccZeroRate ?? false,
        };

    private static Policies ToPolicies(PoliciesFile? p) => p is null
        ? Policies.Default
        : new Policies(
            p.Gaps is "reject" ? GapPolicy.Reject : GapPolicy.ZeroAndFlag,
            Energy.FromWattHours(p.ReconciliationToleranceWh ?? 1));
}
