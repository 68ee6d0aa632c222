// Lists the rules of the report's recommended role split, by id.
// Params: none.
// Returns: rule (map: the RoleRule properties).
MATCH (rule:RoleRule)
RETURN properties(rule) AS rule
ORDER BY rule.id
