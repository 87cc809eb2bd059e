import { Content, PageSection, Title } from '@patternfly/react-core';
import { Link, useLocation } from 'react-router';

export const NotFoundPage = () => {
  const { pathname } = useLocation();
  return (
    <PageSection>
      <Title headingLevel="h1">404: Page Not Found</Title>
      <Content>
        <p>
          The console shell has no page at <code>{pathname}</code>. It renders the plugins' routes,
          the project and namespace pages and a ServiceAccounts list; the OpenShift console has many
          more.
        </p>
        <p>
          <Link to="/k8s/cluster/projects">Projects</Link>
        </p>
      </Content>
    </PageSection>
  );
};
