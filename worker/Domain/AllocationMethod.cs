namespace Daisee.Billing.Worker.Domain;

/// <summary>The allocation key types of Code de l'énergie D315-4/-6 plus the organiser's cascade.</summary>
public enum AllocationMethod
{
    /// <summary>Default dynamic key: pro-rata of consumption, capped at consumption.</summary>
    Prorata,

    /// <summary>Fixed coefficient per consumer; unused share becomes surplus.</summary>
    Static,

    /// <summary>A coefficient per consumer per step, from a keys file.</summary>
    DynamicSimple,

    /// <summary>A coefficient per producer × consumer per step, from a keys file.</summary>
    FullDynamic,

    /// <summary>Ordered priority groups; what a group leaves flows to the next.</summary>
    Cascade,
}
