import type { Role, User } from '@regin/domain';
import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { client, forgetSession, rememberSession } from './api.js';

interface Auth {
  user: User | null;
  loading: boolean;
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
  /** True when the user has one of the roles (admins have them all). */
  can(...roles: Role[]): boolean;
  /** True when the user may write the region's data: staff, or an editor of that region or a parent. */
  mayEditRegion(code: string): boolean;
}

const AuthContext = createContext<Auth | undefined>(undefined);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    client
      .me()
      .then((session) => setUser(rememberSession(session).user))
      .catch(() => setUser(null))
      .finally(() => setLoading(false));
  }, []);

  const login = useCallback(async (email: string, password: string) => {
    const session = await client.login({ email, password });
    setUser(rememberSession(session).user);
  }, []);

  const logout = useCallback(async () => {
    try {
      await client.logout();
    } finally {
      forgetSession();
      setUser(null);
    }
  }, []);

  const value = useMemo<Auth>(() => {
    const can = (...roles: Role[]) =>
      !!user && (user.roles.includes('admin') || roles.some((role) => user.roles.includes(role)));
    return {
      user,
      loading,
      login,
      logout,
      can,
      mayEditRegion: (code) =>
        can('coordinator') ||
        (!!user &&
          user.roles.includes('regional_editor') &&
          user.regions.some((region) => code.startsWith(region))),
    };
  }, [user, loading, login, logout]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
