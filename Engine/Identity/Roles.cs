namespace RiskReporting.Engine.Identity;

/// <summary>The role checks the services make, each with the one wording every host shows.</summary>
public static class Roles
{
    /// <summary>Credit management's actions (explain, override, approve, correct): the actor must have the operator role.</summary>
    public static void RequireOperator(Actor actor)
    {
        if (!actor.IsOperator)
        {
            throw new RefusalException(RefusalCode.NotAllowed, $"'{actor.Name}' is not an operator (credit management): add the user with `riskreport users add {actor.Name} --role operator`.");
        }
    }
}
