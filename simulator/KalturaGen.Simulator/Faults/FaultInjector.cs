namespace KalturaGen.Simulator.Faults;

/// <summary>The active fault rules and how often each has fired.</summary>
public sealed class FaultInjector
{
    private readonly Lock _sync = new();
    private readonly List<ActiveRule> _rules = [];

    /// <summary>The rules currently active.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_sync)
            {
                return _rules.Select(r => r.Rule).ToList();
            }
        }
    }

    /// <summary>Adds a rule.</summary>
    public void Add(FaultRule rule)
    {
        lock (_sync)
        {
            _rules.Add(new ActiveRule(rule));
        }
    }

    /// <summary>
    /// Raised when a rule fires for a call (the rule, then service and action as the request named them), outside
    /// the injector's lock: a test can act once the fault is in effect, e.g. while a delayed call is being held.
    /// </summary>
    public event Action<FaultRule, string, string>? Fired;

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _rules.Clear();
        }
    }

    /// <summary>
    /// The first rule of one of <paramref name="kinds"/> that fires for this call. Each matching rule
    /// counts the call, so "first N calls" means the first N calls the rule saw.
    /// </summary>
    public FaultRule? Next(string service, string action, params FaultKind[] kinds)
    {
        FaultRule? fired = null;
        lock (_sync)
        {
            foreach (var active in _rules)
            {
                if (kinds.Contains(active.Rule.Kind) && active.Rule.Matches(service, action) && active.Fires())
                {
                    fired = active.Rule;
                    break;
                }
            }
        }

        if (fired is not null)
        {
            Fired?.Invoke(fired, service, action);
        }

        return fired;
    }

    private sealed class ActiveRule(FaultRule rule)
    {
        private readonly Random _random = new(rule.Seed);
        private int _seen;

        public FaultRule Rule { get; } = rule;

        public bool Fires()
        {
            _seen++;
            if (Rule.FirstCalls is { } first && _seen > first)
            {
                return false;
            }

            return Rule.Fraction is not { } fraction || _random.NextDouble() < fraction;
        }
    }
}
