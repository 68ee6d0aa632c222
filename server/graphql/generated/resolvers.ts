import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A relation between two organisations as a graph edge. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Stable id of the relation within this slice. */
  id: Scalars['ID']['output'];
  /** Id of the organisation the relation starts from. */
  source: Scalars['ID']['output'];
  /** Status of the relation: `active`, `pilot`, `planned`, `wished`, `recommended`, `past` or `possible`. */
  status: Maybe<Scalars['String']['output']>;
  /** Id of the organisation the relation points to. */
  target: Scalars['ID']['output'];
  /** Relation type, e.g. `REFERS_TO` (doorverwijzing), `FUNDS`, `COLLABORATES_WITH`. */
  type: Scalars['String']['output'];
};

/** Filter for a graph slice. */
export type GraphFilter = {
  /** Maximum number of organisations in the slice: 1 to 5000. Default 500. */
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** Keep only organisations of these types (e.g. `rom`, `kvk`, `regional-executor`); all types when omitted. */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An organisation as a graph node. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** True for a generic group standing for a whole category (e.g. all municipalities), not one organisation. */
  generic: Scalars['Boolean']['output'];
  /** Organisation id: the slug used in the report's facts (e.g. `ynbusiness`). */
  id: Scalars['ID']['output'];
  /** Display name. */
  label: Scalars['String']['output'];
  /** Scale of operation: `local`, `regional`, `provincial`, `multi-provincial`, `national`, `european`. */
  scale: Maybe<Scalars['String']['output']>;
  /** Organisation type (e.g. `kvk`, `rom`, `province`). */
  type: Maybe<Scalars['String']['output']>;
};

/** Nodes and edges ready for Cytoscape.js. */
export type GraphSlice = {
  __typename?: 'GraphSlice';
  /** Relations between organisations in the slice. */
  edges: Array<GraphEdge>;
  /** The organisations in the slice. */
  nodes: Array<GraphNode>;
  /** Number of organisations that matched the filter before `limit` was applied. */
  total: Scalars['Int']['output'];
  /** True when `limit` left organisations out. */
  truncated: Scalars['Boolean']['output'];
};

/** State of the service. */
export type Health = {
  __typename?: 'Health';
  /** The Neo4j database the API reads and writes. */
  database: Scalars['String']['output'];
  /** Number of schema migrations applied to that database. */
  migrations: Scalars['Int']['output'];
  /** Always true when the API answers. */
  ok: Scalars['Boolean']['output'];
};

/** The read-only questions the map answers. */
export type Query = {
  __typename?: 'Query';
  /** A slice of the organisation graph shaped for Cytoscape.js, limited in size; `truncated` says when it was cut. */
  graph: GraphSlice;
  /** Whether the API is up and which database it reads; cheap, for monitoring and the explorer's status line. */
  health: Health;
};


/** The read-only questions the map answers. */
export type QueryGraphArgs = {
  filter: GraphFilter;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphFilter: GraphFilter;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphSlice: ResolverTypeWrapper<GraphSlice>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
  GraphEdge: GraphEdge;
  GraphFilter: GraphFilter;
  GraphNode: GraphNode;
  GraphSlice: GraphSlice;
  Health: Health;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
}>;

export type GraphEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GraphNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = ResolversObject<{
  generic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GraphSliceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphSlice'] = ResolversParentTypes['GraphSlice']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = ResolversObject<{
  database?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  migrations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  graph?: Resolver<ResolversTypes['GraphSlice'], ParentType, ContextType, RequireFields<QueryGraphArgs, 'filter'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphSlice?: GraphSliceResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

